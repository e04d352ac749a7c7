package io.hebbian.firmware.config;

import io.hebbian.controller.spec.JointLimits;

/**
 * One joint's mapping to a servo. The servo angle (radians from the servo's centre) is
 * {@code direction * jointRad + zeroOffsetRad}.
 *
 * @param name                 joint name as on {@code /joint_states}
 * @param id                   servo id (Dynamixel 0..252, Feetech 0..253) or Maestro channel (0..23)
 * @param direction            +1 or -1
 * @param zeroOffsetRad        servo angle at joint angle 0, radians
 * @param lowerRad             lowest joint target, radians
 * @param upperRad             highest joint target, radians
 * @param maxVelocityRadPerSec joint speed limit, rad/s (infinite if unknown)
 */
public record JointConfig(String name, int id, int direction, double zeroOffsetRad, double lowerRad, double upperRad,
        double maxVelocityRadPerSec) {

    public JointConfig {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("joint " + name + ": direction must be 1 or -1, got " + direction);
        }
        if (!Double.isFinite(zeroOffsetRad)) {
            throw new IllegalArgumentException("joint " + name + ": zeroOffsetRad must be finite, got " + zeroOffsetRad);
        }
        if (id < 0 || id > 253) {
            throw new IllegalArgumentException("joint " + name + ": id must be in 0..253, got " + id);
        }
        limits(name, lowerRad, upperRad, maxVelocityRadPerSec);
    }

    /** The controller's view of this joint. */
    public JointLimits limits() {
        return limits(name, lowerRad, upperRad, maxVelocityRadPerSec);
    }

    private static JointLimits limits(String name, double lo, double hi, double v) {
        return new JointLimits(name, lo, hi, v);
    }
}
