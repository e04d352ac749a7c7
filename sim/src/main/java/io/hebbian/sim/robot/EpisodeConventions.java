package io.hebbian.sim.robot;

/**
 * How a robot's episodes start and when its torso counts as fallen, where its source environment fixes them
 * (pybullet's Ant: joints jittered at reset, torso dropped from 0.75 m, done at torso z ≤ 0.26 m). Every other
 * robot uses {@link #standard()}: the initial pose exactly, lowered onto the ground, fallen below a fraction of
 * the start height.
 *
 * @param jointJitterRad    each joint starts at its initial angle plus U(−j, j) drawn from the episode seed, not
 *                          clamped to its limits (the limit stops push it in, as pybullet's reset does); 0: the
 *                          initial pose exactly, rad, ≥ 0
 * @param torsoStartHeightM NaN: the robot is lowered until its lowest point is just above the ground; else the
 *                          root link's centre of mass starts at this height, m
 * @param fallenHeightM     NaN: the env's rule (below a fraction of the start height); else the torso counts as
 *                          fallen at or below this centre-of-mass height, m
 */
public record EpisodeConventions(double jointJitterRad, double torsoStartHeightM, double fallenHeightM) {

    public EpisodeConventions {
        if (!(jointJitterRad >= 0 && jointJitterRad < Math.PI)) {
            throw new IllegalArgumentException("joint jitter must be within [0, π) rad, got " + jointJitterRad);
        }
        if (!Double.isNaN(torsoStartHeightM) && !(torsoStartHeightM > 0 && torsoStartHeightM < 100)) {
            throw new IllegalArgumentException("torso start height must be NaN or within (0, 100) m, got "
                    + torsoStartHeightM);
        }
        if (!Double.isNaN(fallenHeightM) && !(fallenHeightM >= 0 && fallenHeightM < 100)) {
            throw new IllegalArgumentException("fallen height must be NaN or within [0, 100) m, got " + fallenHeightM);
        }
    }

    /** The initial pose exactly, lowered onto the ground; fallen by the env's fraction rule. */
    public static EpisodeConventions standard() {
        return new EpisodeConventions(0, Double.NaN, Double.NaN);
    }
}
