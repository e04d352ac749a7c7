package io.hebbian.evolution.es;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;

/** JSON form of {@link EsConfig} and {@link EsState} (for checkpoints and model provenance). */
public final class EsJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EsJson() {
    }

    public static ObjectNode write(EsConfig c) {
        ObjectNode o = F.objectNode();
        o.put("populationSize", c.populationSize());
        o.put("sigma", c.sigma());
        o.put("sigmaDecay", c.sigmaDecay());
        o.put("sigmaMin", c.sigmaMin());
        o.put("learningRate", c.learningRate());
        o.put("learningRateDecay", c.learningRateDecay());
        o.put("learningRateMin", c.learningRateMin());
        o.put("l2Coefficient", c.l2Coefficient());
        o.put("optimizer", c.optimizer().id());
        o.put("tieLearningRateToSigma", c.tieLearningRateToSigma());
        o.put("seed", c.seed());
        o.put("noiseSeed", c.noiseSeed());
        o.put("noiseTableSize", c.noiseTableSize());
        return o;
    }

    /** Reads {@link #write(EsConfig)}: every key required, no others. */
    public static EsConfig readConfig(JsonNode o) throws FormatException {
        Fields f = Fields.of(o, "es.", "populationSize", "sigma", "sigmaDecay", "sigmaMin", "learningRate",
                "learningRateDecay", "learningRateMin", "l2Coefficient", "optimizer", "tieLearningRateToSigma", "seed",
                "noiseSeed", "noiseTableSize");
        int population = f.integer("populationSize");
        double sigma = f.number("sigma");
        double sigmaDecay = f.number("sigmaDecay");
        double sigmaMin = f.number("sigmaMin");
        double lr = f.number("learningRate");
        double lrDecay = f.number("learningRateDecay");
        double lrMin = f.number("learningRateMin");
        double l2 = f.number("l2Coefficient");
        String optimizer = f.text("optimizer");
        boolean tie = f.bool("tieLearningRateToSigma");
        long seed = f.longInteger("seed");
        long noiseSeed = f.longInteger("noiseSeed");
        int tableSize = f.integer("noiseTableSize");
        return Fields.build("es.", () -> new EsConfig(population, sigma, sigmaDecay, sigmaMin, lr, lrDecay, lrMin, l2,
                Optimizer.fromId(optimizer), tie, seed, noiseSeed, tableSize));
    }

    public static ObjectNode write(EsState s) {
        ObjectNode o = F.objectNode();
        o.put("generation", s.generation());
        o.put("sigma", s.sigma());
        o.put("learningRate", s.learningRate());
        o.put("adamStep", s.adamStep());
        o.put("bestFitness", s.bestFitness());
        array(o, "centre", s.centre());
        array(o, "adamM", s.adamM());
        array(o, "adamV", s.adamV());
        array(o, "bestCandidate", s.bestCandidate());
        return o;
    }

    /** Reads {@link #write(EsState)}: every key required, no others; a non-numeric best fitness is -∞. */
    public static EsState readState(JsonNode o) throws FormatException {
        Fields f = Fields.of(o, "state.", "generation", "sigma", "learningRate", "adamStep", "bestFitness", "centre",
                "adamM", "adamV", "bestCandidate");
        JsonNode best = f.require("bestFitness");
        double bestFitness = best.isNumber() ? best.asDouble() : Double.NEGATIVE_INFINITY;
        int generation = f.integer("generation");
        double[] centre = f.numbers("centre");
        double sigma = f.number("sigma");
        double lr = f.number("learningRate");
        double[] adamM = f.numbers("adamM");
        double[] adamV = f.numbers("adamV");
        int adamStep = f.integer("adamStep");
        double[] bestCandidate = f.numbers("bestCandidate");
        return Fields.build("state.", () -> new EsState(generation, centre, sigma, lr, adamM, adamV, adamStep,
                bestFitness, bestCandidate));
    }

    private static void array(ObjectNode o, String name, double[] values) {
        ArrayNode a = o.putArray(name);
        for (double v : values) {
            a.add(v);
        }
    }
}
