package io.hebbian.evolution.problem;

import io.hebbian.controller.network.Policy;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.RewardTerm;
import io.hebbian.sim.env.StepResult;

/**
 * Accumulates the fitness costs of an episode ({@link FitnessWeights}), each term separately;
 * distance itself comes from the episode result.
 */
final class FitnessMeter implements EpisodeHooks {

    static final double SATURATED = GaitStats.SATURATION;

    private final FitnessWeights weights;
    private double actionRate;
    private double saturated;
    private double energy;

    FitnessMeter(FitnessWeights weights) {
        this.weights = weights;
    }

    void reset() {
        actionRate = 0;
        saturated = 0;
        energy = 0;
    }

    /** The episode's terms so far, with {@code distanceM} as the distance. */
    FitnessTerms terms(double distanceM) {
        return new FitnessTerms(distanceM, weights.actionRate() * actionRate, weights.saturation() * saturated,
                weights.energy() * energy);
    }

    @Override
    public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult r) {
        // ACTION_RATE is the mean |Δa| in action units [0, 2]; half of it is the fraction of the joint range
        actionRate += 0.5 * r.term(RewardTerm.ACTION_RATE);
        int count = 0;
        for (double a : action) {
            if (Math.abs(a) > SATURATED) {
                count++;
            }
        }
        saturated += count / (double) action.length;
        energy += r.term(RewardTerm.ENERGY);
    }
}
