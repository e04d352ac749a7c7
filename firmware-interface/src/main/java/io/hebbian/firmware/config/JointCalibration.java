package io.hebbian.firmware.config;

/**
 * The measured part of one joint's mapping, as {@code hebbian servo calibrate} writes it into a config file.
 *
 * @param name          joint name (as in the config)
 * @param direction     +1 or -1
 * @param zeroOffsetRad servo angle at joint angle 0, radians from the servo's centre
 * @param lowerRad      lowest joint angle, radians
 * @param upperRad      highest joint angle, radians; greater than {@code lowerRad}
 */
public record JointCalibration(String name, int direction, double zeroOffsetRad, double lowerRad, double upperRad) {

    public JointCalibration {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("joint " + name + ": direction must be 1 or -1, got " + direction);
        }
        if (!Double.isFinite(zeroOffsetRad) || !Double.isFinite(lowerRad) || !Double.isFinite(upperRad)
                || !(upperRad > lowerRad)) {
            throw new IllegalArgumentException("joint " + name + ": need a finite zero offset and finite lower < upper, got "
                    + zeroOffsetRad + ", [" + lowerRad + ", " + upperRad + "]");
        }
    }

    /** The joint with these values in place of its direction, zero offset and limits. */
    public JointConfig applyTo(JointConfig joint) {
        return new JointConfig(joint.name(), joint.id(), direction, zeroOffsetRad, lowerRad, upperRad,
                joint.maxVelocityRadPerSec());
    }
}
