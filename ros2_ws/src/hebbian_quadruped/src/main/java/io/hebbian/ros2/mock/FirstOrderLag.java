package io.hebbian.ros2.mock;

/**
 * Joints that follow their position targets with a first-order lag, and nothing else: no physics, no
 * limits, no contact. Over a step of {@code dt} seconds each position moves towards its target by the
 * fraction {@code 1 − exp(−dt/τ)} (the exact response of {@code τ·q̇ = target − q} to a target held
 * over the step); the velocity is the position change over the step divided by {@code dt}. With
 * {@code τ = 0} positions jump to their targets. Time is an argument: nothing here reads a clock.
 * Not thread-safe: one thread steps it.
 */
public final class FirstOrderLag {

    private final double timeConstantSeconds;
    private final double[] positionRad;
    private final double[] velocityRadPerSec;
    private final double[] targetRad;

    /**
     * @param initialPositionRad  start positions, radians, also the first targets (Not modified); finite
     * @param timeConstantSeconds τ, seconds; {@code >= 0} and finite
     */
    public FirstOrderLag(double[] initialPositionRad, double timeConstantSeconds) {
        if (!(timeConstantSeconds >= 0) || !Double.isFinite(timeConstantSeconds)) {
            throw new IllegalArgumentException("time constant must be finite and >= 0 s, got " + timeConstantSeconds);
        }
        for (int k = 0; k < initialPositionRad.length; k++) {
            if (!Double.isFinite(initialPositionRad[k])) {
                throw new IllegalArgumentException("initial position of joint " + k + " must be finite, got "
                        + initialPositionRad[k]);
            }
        }
        this.timeConstantSeconds = timeConstantSeconds;
        this.positionRad = initialPositionRad.clone();
        this.velocityRadPerSec = new double[initialPositionRad.length];
        this.targetRad = initialPositionRad.clone();
    }

    public int size() {
        return positionRad.length;
    }

    /**
     * Sets joint {@code k}'s target, radians. A non-finite target is ignored: the joint keeps its
     * previous target (the mock never takes on a NaN).
     *
     * @return false if the target was not finite
     */
    public boolean setTarget(int k, double target) {
        if (!Double.isFinite(target)) {
            return false;
        }
        targetRad[k] = target;
        return true;
    }

    /** Advances every joint by {@code dtSeconds} (positive) towards its target. Allocates nothing. */
    public void step(double dtSeconds) {
        if (!(dtSeconds > 0)) {
            throw new IllegalArgumentException("step must be positive, got " + dtSeconds + " s");
        }
        double fraction = timeConstantSeconds == 0 ? 1.0 : -Math.expm1(-dtSeconds / timeConstantSeconds);
        for (int k = 0; k < positionRad.length; k++) {
            double next = positionRad[k] + (targetRad[k] - positionRad[k]) * fraction;
            velocityRadPerSec[k] = (next - positionRad[k]) / dtSeconds;
            positionRad[k] = next;
        }
    }

    /** Joint {@code k}'s position, radians. */
    public double positionRad(int k) {
        return positionRad[k];
    }

    /** Joint {@code k}'s velocity over the last step, rad/s (0 before the first step). */
    public double velocityRadPerSec(int k) {
        return velocityRadPerSec[k];
    }

    /** Joint {@code k}'s target, radians. */
    public double targetRad(int k) {
        return targetRad[k];
    }

    /** Copies all positions, radians, into {@code out} (Modified). */
    public void copyPositions(double[] out) {
        System.arraycopy(positionRad, 0, out, 0, positionRad.length);
    }

    /** Copies all velocities, rad/s, into {@code out} (Modified). */
    public void copyVelocities(double[] out) {
        System.arraycopy(velocityRadPerSec, 0, out, 0, velocityRadPerSec.length);
    }

    /** The largest {@code |target − position|} over the joints, radians. */
    public double maxErrorRad() {
        double m = 0;
        for (int k = 0; k < positionRad.length; k++) {
            m = Math.max(m, Math.abs(targetRad[k] - positionRad[k]));
        }
        return m;
    }
}
