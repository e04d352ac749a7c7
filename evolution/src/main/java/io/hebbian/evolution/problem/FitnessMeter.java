package io.hebbian.evolution.problem;

import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.RewardTerm;
import io.hebbian.sim.env.StepResult;

/**
 * Accumulates the optional fitness costs of an episode ({@link FitnessWeights}); distance itself
 * comes from the episode result.
 */
final class FitnessMeter implements EpisodeHooks {

    static final double SATURATED = 0.95;

    private final FitnessWeights weights;
    private double cost;

    FitnessMeter(FitnessWeights weights) {
        this.weights = weights;
    }

    void reset() {
        cost = 0;
    }

    /** The summed, weighted costs of the episode so far (metres-equivalent). */
    double cost() {
        return cost;
    }

    @Override
    public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult r) {
        if (weights.isDistanceOnly()) {
            return;
        }
        // ACTION_RATE is the mean |Δa| in action units [0, 2]; half of it is the fraction of the joint range
        cost += weights.actionRate() * 0.5 * r.term(RewardTerm.ACTION_RATE);
        int saturated = 0;
        for (double a : action) {
            if (Math.abs(a) > SATURATED) {
                saturated++;
            }
        }
        cost += weights.saturation() * saturated / (double) action.length;
    }
}
