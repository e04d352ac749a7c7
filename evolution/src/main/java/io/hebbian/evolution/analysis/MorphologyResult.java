package io.hebbian.evolution.analysis;

import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.QuadrupedEnv;
import java.util.Optional;

/**
 * Table-1 row for one morphology: distance over rollouts and gait statistics.
 *
 * @param morphology        the morphology spec
 * @param distancesM        distance along +x of each rollout, metres
 * @param meanDistanceM     mean of {@code distancesM}
 * @param stdDistanceM      population standard deviation of {@code distancesM}
 * @param solvedFraction    fraction of rollouts that moved at least {@link #SOLVED_PAPER_UNITS} paper units along +x
 * @param gait              gait statistics averaged over rollouts
 * @param weightNormGrowth  mean ratio of final to initial weight norm (all layers), 1 for static and recurrent models
 * @param afterOnset        for a damage with an onset ({@code <damage>@<step>}): the distances after it
 */
public record MorphologyResult(String morphology, double[] distancesM, double meanDistanceM, double stdDistanceM,
                               double solvedFraction, GaitStats gait, double weightNormGrowth,
                               Optional<AfterOnset> afterOnset) {

    /** The paper's "solved": at least 100 units (1.65 m) away from the start along +x. */
    public static final double SOLVED_PAPER_UNITS = 100;

    public double meanPaperUnits() {
        return meanDistanceM / QuadrupedEnv.PAPER_DISTANCE_UNIT_M;
    }

    public double stdPaperUnits() {
        return stdDistanceM / QuadrupedEnv.PAPER_DISTANCE_UNIT_M;
    }

    /**
     * What a damage that switched on during the episode left of the walk. Rollout {@code r} of the
     * damage and of the intact body share their seed, so they are the same episode up to the onset.
     *
     * @param onsetStep   control step at which the damage switched on
     * @param distancesM  per rollout, displacement along +x from the onset to the end, metres (0 for a
     *                    rollout that ended before the onset)
     * @param meanM       mean of {@code distancesM}
     * @param stdM        population standard deviation of {@code distancesM}
     * @param intactMeanM the intact rollouts' mean displacement over the same steps, metres
     */
    public record AfterOnset(int onsetStep, double[] distancesM, double meanM, double stdM, double intactMeanM) {

        /** {@code meanM} over {@code intactMeanM}, 0 when the intact body did not move. */
        public double ratioToIntact() {
            return intactMeanM == 0 ? 0 : meanM / intactMeanM;
        }
    }
}
