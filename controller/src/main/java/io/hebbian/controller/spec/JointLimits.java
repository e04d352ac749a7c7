package io.hebbian.controller.spec;

/**
 * A joint's name and position range in radians, with its speed limit.
 *
 * @param name                 the joint name as on the robot's {@code /joint_states}
 * @param lowerRad             lowest position target, radians
 * @param upperRad             highest position target, radians; greater than {@code lowerRad}
 * @param maxVelocityRadPerSec speed limit, rad/s; positive ({@code Double.POSITIVE_INFINITY} if unknown)
 */
public record JointLimits(String name, double lowerRad, double upperRad, double maxVelocityRadPerSec) {

    public JointLimits {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("joint name must not be blank");
        }
        if (!Double.isFinite(lowerRad) || !Double.isFinite(upperRad) || !(upperRad > lowerRad)) {
            throw new IllegalArgumentException("joint " + name + ": need finite lower < upper, got ["
                    + lowerRad + ", " + upperRad + "]");
        }
        if (!(maxVelocityRadPerSec > 0)) {
            throw new IllegalArgumentException("joint " + name + ": max velocity must be positive, got "
                    + maxVelocityRadPerSec);
        }
    }

    /** Limits without a known speed limit. */
    public JointLimits(String name, double lowerRad, double upperRad) {
        this(name, lowerRad, upperRad, Double.POSITIVE_INFINITY);
    }

    public double rangeRad() {
        return upperRad - lowerRad;
    }

    public double midRad() {
        return 0.5 * (lowerRad + upperRad);
    }

    /** {@code positionRad} clamped into the range. */
    public double clamp(double positionRad) {
        return Math.max(lowerRad, Math.min(upperRad, positionRad));
    }
}
