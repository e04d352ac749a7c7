package io.hebbian.sim.env;

import java.util.Map;

/**
 * The outcome of one episode.
 *
 * @param distanceM   torso displacement along +x, metres (the fitness)
 * @param steps       control steps run
 * @param terminated  whether it ended early (non-finite state or, with early stopping, a fall)
 * @param reward      sum of step rewards (equals {@code distanceM} up to rounding unless terminated)
 * @param rewardTerms sum of each {@link RewardTerm} by id
 * @param gait        gait statistics
 */
public record EpisodeResult(double distanceM, int steps, boolean terminated, double reward,
                            Map<String, Double> rewardTerms, GaitStats gait) {

    public EpisodeResult {
        rewardTerms = Map.copyOf(rewardTerms);
    }

    /** The distance in the paper's units (metres / 0.0165). */
    public double distancePaperUnits() {
        return distanceM / QuadrupedEnv.PAPER_DISTANCE_UNIT_M;
    }
}
