package io.hebbian.evolution.analysis;

import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.QuadrupedEnv;

/**
 * Table-1 row for one morphology: distance over rollouts and gait statistics.
 *
 * @param morphology        the morphology spec
 * @param distancesM        distance along +x of each rollout, metres
 * @param meanDistanceM     mean of {@code distancesM}
 * @param stdDistanceM      population standard deviation of {@code distancesM}
 * @param solvedFraction    fraction of rollouts that moved at least {@link #SOLVED_PAPER_UNITS} paper units along +x
 * @param gait              gait statistics averaged over rollouts
 * @param weightNormGrowth  mean ratio of final to initial weight norm (all layers), 1 for static models
 */
public record MorphologyResult(String morphology, double[] distancesM, double meanDistanceM, double stdDistanceM,
                               double solvedFraction, GaitStats gait, double weightNormGrowth) {

    /** The paper's "solved": at least 100 units (1.65 m) away from the start along +x. */
    public static final double SOLVED_PAPER_UNITS = 100;

    public double meanPaperUnits() {
        return meanDistanceM / QuadrupedEnv.PAPER_DISTANCE_UNIT_M;
    }

    public double stdPaperUnits() {
        return stdDistanceM / QuadrupedEnv.PAPER_DISTANCE_UNIT_M;
    }
}
