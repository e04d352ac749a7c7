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
 * @param idleLeg    per step, the least-used foot's shortfall below {@link #USED_LEG_CONTACT} of the steps on the
 *                   ground, as a fraction of it (0 for a gait whose every foot is down on at least that many steps,
 *                   1 for one that never puts a foot down): a gait that carries one leg does not need it, so losing
 *                   it costs little and losing any other leg stops the robot
 */
public record FitnessWeights(double actionRate, double saturation, double energy, double idleLeg) {

    /** Fraction of steps a foot must be on the ground for its leg to count as used by {@link #idleLeg}. */
    public static final double USED_LEG_CONTACT = 0.2;

    public FitnessWeights {
        if (!(actionRate >= 0) || !(saturation >= 0) || !(energy >= 0) || !(idleLeg >= 0)) {
            throw new IllegalArgumentException("fitness cost weights must be >= 0, got action-rate " + actionRate
                    + ", saturation " + saturation + ", energy " + energy + ", idle-leg " + idleLeg);
        }
    }

    /** The three costs without the idle-leg one. */
    public FitnessWeights(double actionRate, double saturation, double energy) {
        this(actionRate, saturation, energy, 0);
    }

    /** Distance only, as in the paper. */
    public static FitnessWeights distanceOnly() {
        return new FitnessWeights(0, 0, 0, 0);
    }

    public boolean isDistanceOnly() {
        return actionRate == 0 && saturation == 0 && energy == 0 && idleLeg == 0;
    }

    /** The least-used foot's shortfall below {@link #USED_LEG_CONTACT}, in [0, 1]; 0 for a robot without legs. */
    static double idleLegShortfall(EpisodeResult r) {
        int least = r.gait().leastUsedLeg();
        if (least < 0) {
            return 0;
        }
        double f = r.gait().legContactFractions().get(least);
        return Math.max(0, USED_LEG_CONTACT - f) / USED_LEG_CONTACT;
    }

    /**
     * An episode's fitness terms under these weights, from the step terms the episode already summed:
     * the action-rate cost from {@link RewardTerm#ACTION_RATE} (action units [0, 2], so half of it is
     * the fraction of the joint range), the saturation cost from the saturated-output fraction, the
     * energy cost from {@link RewardTerm#ENERGY}, the idle-leg cost from the feet's ground-contact fractions.
     */
    public FitnessTerms terms(EpisodeResult r) {
        return new FitnessTerms(r.distanceM(),
                actionRate * 0.5 * r.rewardTerms().get(RewardTerm.ACTION_RATE.id()),
                saturation * r.gait().saturatedFraction() * r.steps(),
                energy * r.rewardTerms().get(RewardTerm.ENERGY.id()),
                idleLeg == 0 ? 0 : idleLeg * idleLegShortfall(r) * r.steps());
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("actionRate", actionRate);
        o.put("saturation", saturation);
        o.put("energy", energy);
        if (idleLeg != 0) {
            o.put("idleLeg", idleLeg);
        }
        return o;
    }

    /**
     * Reads {@link #toJson()}: {@code actionRate} and {@code saturation} are required; {@code energy} and
     * {@code idleLeg}, added later, are 0 when missing (and {@code idleLeg} is written only when set, so problems
     * without it read and write as before); unknown keys are errors.
     *
     * @param path message prefix ending in {@code .}, e.g. {@code problem.fitness.}
     */
    public static FitnessWeights fromJson(JsonNode o, String path) throws FormatException {
        Fields f = Fields.of(o, path, "actionRate", "saturation", "energy", "idleLeg");
        double actionRate = f.number("actionRate");
        double saturation = f.number("saturation");
        double energy = f.number("energy", 0);
        double idleLeg = f.number("idleLeg", 0);
        return Fields.build(path, () -> new FitnessWeights(actionRate, saturation, energy, idleLeg));
    }
}
