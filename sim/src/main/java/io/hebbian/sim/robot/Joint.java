package io.hebbian.sim.robot;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.sim.geometry.Vec3;

/**
 * A hinge joint driven as a position servo, with its damage state. Geometry is given in the world
 * frame at the zero pose; a positive angle rotates the child about {@code axis} relative to the parent.
 *
 * @param name                 joint name as on {@code /joint_states}
 * @param parent               parent link name
 * @param child                child link name
 * @param anchorM              hinge position, metres, world frame at the zero pose
 * @param axis                 unit hinge axis, world frame at the zero pose
 * @param lowerRad             lower limit, radians
 * @param upperRad             upper limit, radians, greater than {@code lowerRad}
 * @param maxTorqueNm          servo torque limit, N·m, positive
 * @param maxVelocityRadPerSec servo speed limit, rad/s, positive
 * @param strength             fraction of {@code maxTorqueNm} available, in [0, 1] (damage "weak"; 0 is
 *                             damage "limp", the motor off)
 * @param locked               the joint is held at its initial angle (damage "lock")
 * @param sensorStuck          the encoder keeps reporting its first reading (damage "sensor-stuck")
 * @param removed              the child segment is missing; the action is ignored, the encoder reads 0
 */
public record Joint(String name, String parent, String child, Vec3 anchorM, Vec3 axis, double lowerRad,
                    double upperRad, double maxTorqueNm, double maxVelocityRadPerSec, double strength,
                    boolean locked, boolean sensorStuck, boolean removed) {

    public Joint {
        limits(name, lowerRad, upperRad, maxVelocityRadPerSec);
        axis = axis.unit();
        if (!(maxTorqueNm > 0) || !Double.isFinite(maxTorqueNm)) {
            throw new IllegalArgumentException("joint " + name + ": torque limit must be a positive number of N·m, got "
                    + maxTorqueNm);
        }
        if (!Double.isFinite(maxVelocityRadPerSec)) {
            throw new IllegalArgumentException("joint " + name + ": velocity limit must be finite, got "
                    + maxVelocityRadPerSec);
        }
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("joint " + name + ": strength must be within [0, 1], got " + strength);
        }
    }

    private static JointLimits limits(String name, double lo, double hi, double vmax) {
        return new JointLimits(name, lo, hi, vmax);
    }

    /** An intact joint. */
    public static Joint of(String name, String parent, String child, Vec3 anchorM, Vec3 axis, double lowerRad,
                           double upperRad, double maxTorqueNm, double maxVelocityRadPerSec) {
        return new Joint(name, parent, child, anchorM, axis, lowerRad, upperRad, maxTorqueNm, maxVelocityRadPerSec,
                1.0, false, false, false);
    }

    /** The limits the controller's specs use. */
    public JointLimits limits() {
        return limits(name, lowerRad, upperRad, maxVelocityRadPerSec);
    }

    public Joint withStrength(double s) {
        return new Joint(name, parent, child, anchorM, axis, lowerRad, upperRad, maxTorqueNm, maxVelocityRadPerSec,
                s, locked, sensorStuck, removed);
    }

    public Joint withLocked(boolean l) {
        return new Joint(name, parent, child, anchorM, axis, lowerRad, upperRad, maxTorqueNm, maxVelocityRadPerSec,
                strength, l, sensorStuck, removed);
    }

    public Joint withSensorStuck(boolean s) {
        return new Joint(name, parent, child, anchorM, axis, lowerRad, upperRad, maxTorqueNm, maxVelocityRadPerSec,
                strength, locked, s, removed);
    }

    public Joint withRemoved(boolean r) {
        return new Joint(name, parent, child, anchorM, axis, lowerRad, upperRad, maxTorqueNm, maxVelocityRadPerSec,
                strength, locked, sensorStuck, r);
    }
}
