package io.hebbian.evolution.es;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFormatException;

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

    public static EsConfig readConfig(JsonNode o) throws ModelFormatException {
        try {
            return new EsConfig(integer(o, "populationSize"), number(o, "sigma"), number(o, "sigmaDecay"),
                    number(o, "sigmaMin"), number(o, "learningRate"), number(o, "learningRateDecay"),
                    number(o, "learningRateMin"), number(o, "l2Coefficient"),
                    Optimizer.fromId(field(o, "optimizer").asText()), field(o, "tieLearningRateToSigma").asBoolean(),
                    field(o, "seed").asLong(), field(o, "noiseSeed").asLong(), integer(o, "noiseTableSize"));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("es: " + e.getMessage());
        }
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

    public static EsState readState(JsonNode o) throws ModelFormatException {
        try {
            JsonNode best = field(o, "bestFitness");
            double bestFitness = best.isNumber() ? best.asDouble() : Double.NEGATIVE_INFINITY;
            return new EsState(integer(o, "generation"), doubles(o, "centre"), number(o, "sigma"),
                    number(o, "learningRate"), doubles(o, "adamM"), doubles(o, "adamV"), integer(o, "adamStep"),
                    bestFitness, doubles(o, "bestCandidate"));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("state: " + e.getMessage());
        }
    }

    private static void array(ObjectNode o, String name, double[] values) {
        ArrayNode a = o.putArray(name);
        for (double v : values) {
            a.add(v);
        }
    }

    private static JsonNode field(JsonNode o, String name) throws ModelFormatException {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) {
            throw new ModelFormatException(name + ": missing");
        }
        return v;
    }

    private static double number(JsonNode o, String name) throws ModelFormatException {
        JsonNode v = field(o, name);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new ModelFormatException(name + ": expected a finite number, got " + v);
        }
        return v.asDouble();
    }

    private static int integer(JsonNode o, String name) throws ModelFormatException {
        JsonNode v = field(o, name);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ModelFormatException(name + ": expected an integer, got " + v);
        }
        return v.asInt();
    }

    private static double[] doubles(JsonNode o, String name) throws ModelFormatException {
        JsonNode v = field(o, name);
        if (!v.isArray()) {
            throw new ModelFormatException(name + ": expected an array");
        }
        double[] a = new double[v.size()];
        for (int k = 0; k < a.length; k++) {
            if (!v.get(k).isNumber()) {
                throw new ModelFormatException(name + "[" + k + "]: expected a number, got " + v.get(k));
            }
            a[k] = v.get(k).asDouble();
        }
        return a;
    }
}
