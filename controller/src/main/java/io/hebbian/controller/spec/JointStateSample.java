package io.hebbian.controller.spec;

/**
 * A reusable buffer for one joint-state reading (what {@code sensor_msgs/JointState} carries),
 * in a fixed joint order. Mutable, so sensors and message handlers can fill it without allocating.
 */
public final class JointStateSample {

    /** Joint positions, radians. */
    public final double[] positionRad;
    /** Joint velocities, rad/s. */
    public final double[] velocityRadPerSec;
    /** When the reading was taken, nanoseconds on the reader's clock. */
    public long stampNanos;

    public JointStateSample(int joints) {
        this.positionRad = new double[joints];
        this.velocityRadPerSec = new double[joints];
    }

    public int size() {
        return positionRad.length;
    }

    /** Copies all fields from {@code other}, which must have the same size. */
    public void copyFrom(JointStateSample other) {
        System.arraycopy(other.positionRad, 0, positionRad, 0, positionRad.length);
        System.arraycopy(other.velocityRadPerSec, 0, velocityRadPerSec, 0, velocityRadPerSec.length);
        stampNanos = other.stampNanos;
    }

    /** True when every position and velocity is finite. */
    public boolean isFinite() {
        for (int k = 0; k < positionRad.length; k++) {
            if (!Double.isFinite(positionRad[k]) || !Double.isFinite(velocityRadPerSec[k])) {
                return false;
            }
        }
        return true;
    }
}
