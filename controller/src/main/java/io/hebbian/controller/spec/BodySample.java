package io.hebbian.controller.spec;

/**
 * A reusable buffer for the privileged torso state only a simulator knows (the pybullet Ant's observation reads
 * it): what the {@code body_height} and {@code body_velocity} channels are computed from. No robot interface
 * fills one; robot-side nodes refuse specs that read it.
 */
public final class BodySample {

    /** Torso (root link) centre-of-mass height above the ground, metres. */
    public double heightM;
    /** Torso centre-of-mass linear velocity, m/s, world frame. */
    public final double[] velocityMps = new double[3];

    /** True when every value is finite. */
    public boolean isFinite() {
        return Double.isFinite(heightM) && Double.isFinite(velocityMps[0]) && Double.isFinite(velocityMps[1])
                && Double.isFinite(velocityMps[2]);
    }
}
