package io.hebbian.firmware.config;

/**
 * How raw servo values relate to radians for one protocol.
 *
 * @param unitsPerRad            raw position units per radian of servo rotation; positive
 * @param centerUnits            raw position at the servo's centre (servo angle 0)
 * @param radPerSecPerVelocityUnit rad/s per raw velocity unit; 0 if the servo reports no velocity
 */
public record ServoUnits(double unitsPerRad, double centerUnits, double radPerSecPerVelocityUnit) {
    public ServoUnits {
        if (!(unitsPerRad > 0) || !Double.isFinite(unitsPerRad)) {
            throw new IllegalArgumentException("unitsPerRad must be positive and finite, got " + unitsPerRad);
        }
        if (!Double.isFinite(centerUnits)) {
            throw new IllegalArgumentException("centerUnits must be finite, got " + centerUnits);
        }
        if (!(radPerSecPerVelocityUnit >= 0) || !Double.isFinite(radPerSecPerVelocityUnit)) {
            throw new IllegalArgumentException("radPerSecPerVelocityUnit must be >= 0, got " + radPerSecPerVelocityUnit);
        }
    }
}
