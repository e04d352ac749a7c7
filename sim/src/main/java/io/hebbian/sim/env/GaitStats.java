package io.hebbian.sim.env;

/**
 * How an episode's gait looked, for judging whether real servos could reproduce it.
 *
 * @param saturatedFraction    fraction of actions with |a| > 0.95
 * @param meanTargetJumpFraction mean |Δtarget| per step as a fraction of the joint range
 * @param meanFeetOnGround     mean number of feet touching the ground per step
 * @param meanTiltRad          mean torso tilt from upright, radians
 * @param meanPowerW           mean mechanical power at the joints ({@link RewardTerm#ENERGY} per second), watts
 */
public record GaitStats(double saturatedFraction, double meanTargetJumpFraction, double meanFeetOnGround,
                        double meanTiltRad, double meanPowerW) {

    /** Saturation threshold on |action|. */
    public static final double SATURATION = 0.95;

    /** All zeros (an episode of no steps). */
    public static GaitStats empty() {
        return new GaitStats(0, 0, 0, 0, 0);
    }
}
