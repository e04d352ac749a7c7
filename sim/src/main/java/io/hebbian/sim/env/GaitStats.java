package io.hebbian.sim.env;

import java.util.List;

/**
 * How an episode's gait looked, for judging whether real servos could reproduce it.
 *
 * @param saturatedFraction    fraction of actions with |a| > 0.95
 * @param meanTargetJumpFraction mean |Δtarget| per step as a fraction of the joint range
 * @param meanFeetOnGround     mean number of feet touching the ground per step
 * @param meanTiltRad          mean torso tilt from upright, radians
 * @param meanPowerW           mean mechanical power at the joints ({@link RewardTerm#ENERGY} per second), watts
 * @param legContactFractions  per leg, in the robot's leg order, the fraction of steps its foot touched the ground:
 *                             a gait that leaves one leg idle (near 0) does not need it, so damage to it costs little
 */
public record GaitStats(double saturatedFraction, double meanTargetJumpFraction, double meanFeetOnGround,
                        double meanTiltRad, double meanPowerW, List<Double> legContactFractions) {

    public GaitStats {
        legContactFractions = List.copyOf(legContactFractions);
    }

    /** Saturation threshold on |action|. */
    public static final double SATURATION = 0.95;

    /** Index of the leg whose foot touched the ground on the fewest steps (the first on a tie), or -1 with no legs. */
    public int leastUsedLeg() {
        int least = legContactFractions.isEmpty() ? -1 : 0;
        for (int leg = 1; leg < legContactFractions.size(); leg++) {
            least = legContactFractions.get(leg) < legContactFractions.get(least) ? leg : least;
        }
        return least;
    }

    /** All zeros (an episode of no steps). */
    public static GaitStats empty() {
        return new GaitStats(0, 0, 0, 0, 0, List.of());
    }
}
