package io.hebbian.evolution.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.RewardTerm;

/**
 * Fitness = distance along +x (metres) minus weighted costs, each summed over the episode:
 *
 * @param actionRate per step, mean over joints of |Δtarget| as a fraction of the joint range
 * @param saturation per step, fraction of outputs with |a| > 0.95
 * @param energy     per joule of mechanical work at the joints ({@link RewardTerm#ENERGY})
 */
public record FitnessWeights(double actionRate, double saturation, double energy) {

    public FitnessWeights {
        if (!(actionRate >= 0) || !(saturation >= 0) || !(energy >= 0)) {
            throw new IllegalArgumentException("fitness cost weights must be >= 0, got action-rate " + actionRate
                    + ", saturation " + saturation + ", energy " + energy);
        }
    }

    /** Distance only, as in the paper. */
    public static FitnessWeights distanceOnly() {
        return new FitnessWeights(0, 0, 0);
    }

    public boolean isDistanceOnly() {
        return actionRate == 0 && saturation == 0 && energy == 0;
    }

    /**
     * An episode's fitness terms under these weights, from the step terms the episode already summed:
     * the action-rate cost from {@link RewardTerm#ACTION_RATE} (action units [0, 2], so half of it is
     * the fraction of the joint range), the saturation cost from the saturated-output fraction, the
     * energy cost from {@link RewardTerm#ENERGY}.
     */
    public FitnessTerms terms(EpisodeResult r) {
        return new FitnessTerms(r.distanceM(),
                actionRate * 0.5 * r.rewardTerms().get(RewardTerm.ACTION_RATE.id()),
                saturation * r.gait().saturatedFraction() * r.steps(),
                energy * r.rewardTerms().get(RewardTerm.ENERGY.id()));
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("actionRate", actionRate);
        o.put("saturation", saturation);
        o.put("energy", energy);
        return o;
    }

    /**
     * Reads {@link #toJson()}: {@code actionRate} and {@code saturation} are required; {@code energy},
     * added later, is 0 when missing; unknown keys are errors.
     *
     * @param path message prefix ending in {@code .}, e.g. {@code problem.fitness.}
     */
    public static FitnessWeights fromJson(JsonNode o, String path) throws FormatException {
        Fields f = Fields.of(o, path, "actionRate", "saturation", "energy");
        double actionRate = f.number("actionRate");
        double saturation = f.number("saturation");
        double energy = f.number("energy", 0);
        return Fields.build(path, () -> new FitnessWeights(actionRate, saturation, energy));
    }
}
