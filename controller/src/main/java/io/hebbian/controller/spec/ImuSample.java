package io.hebbian.controller.spec;

/**
 * A reusable buffer for one IMU reading (what {@code sensor_msgs/Imu} carries), in the IMU's body
 * frame (x forward, y left, z up, as REP 103).
 */
public final class ImuSample {

    /** Orientation of the body in the world frame, {@code (w, x, y, z)}. */
    public final double[] orientationWxyz = {1, 0, 0, 0};
    /** Angular velocity, rad/s, body frame. */
    public final double[] angularVelocityRadPerSec = new double[3];
    /** Linear (proper) acceleration, m/s², body frame; +9.81 on z when level and still. */
    public final double[] linearAccelerationMps2 = new double[3];
    /** When the reading was taken, nanoseconds on the reader's clock. */
    public long stampNanos;

    public void copyFrom(ImuSample other) {
        System.arraycopy(other.orientationWxyz, 0, orientationWxyz, 0, 4);
        System.arraycopy(other.angularVelocityRadPerSec, 0, angularVelocityRadPerSec, 0, 3);
        System.arraycopy(other.linearAccelerationMps2, 0, linearAccelerationMps2, 0, 3);
        stampNanos = other.stampNanos;
    }

    /** True when every component is finite and the quaternion is not zero. */
    public boolean isFinite() {
        double n = 0;
        for (double v : orientationWxyz) {
            if (!Double.isFinite(v)) {
                return false;
            }
            n += v * v;
        }
        for (int k = 0; k < 3; k++) {
            if (!Double.isFinite(angularVelocityRadPerSec[k]) || !Double.isFinite(linearAccelerationMps2[k])) {
                return false;
            }
        }
        return n > 1e-12;
    }
}
