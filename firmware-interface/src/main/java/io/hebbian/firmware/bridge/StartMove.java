package io.hebbian.firmware.bridge;

import io.hebbian.controller.spec.JointLimits;
import java.util.List;
import java.util.Locale;

/**
 * The move from the pose measured at enable to the first commanded pose: each goal moves toward its
 * target by at most {@code speed * dt} per step, dt being the time since the previous step on the
 * caller's clock, so the goals never move faster than the speed bound whatever the tick rate. Targets are
 * clamped to the joint limits; the latest command is the target. Allocates nothing per step.
 */
final class StartMove {

    private static final double REACHED_RAD = 1e-9;

    private final List<JointLimits> limits;
    private final double speedRadPerSec;
    private final double toleranceRad;
    private final long maxStepNanos;
    private final double[] goal;
    private final double[] target;
    private boolean hasTarget;
    private boolean pending;
    private long lastStepNanos;

    /** @param maxStepNanos longest time one step may cover (a late tick does not turn into a jump), ns */
    StartMove(List<JointLimits> limits, double speedRadPerSec, double toleranceRad, long maxStepNanos) {
        this.limits = List.copyOf(limits);
        this.speedRadPerSec = speedRadPerSec;
        this.toleranceRad = toleranceRad;
        this.maxStepNanos = maxStepNanos;
        goal = new double[limits.size()];
        target = new double[limits.size()];
    }

    /** Starts from {@code fromRad} (Not modified; the goal just written) at {@code nowNanos}; no target yet. */
    void begin(double[] fromRad, long nowNanos) {
        System.arraycopy(fromRad, 0, goal, 0, goal.length);
        hasTarget = false;
        pending = true;
        lastStepNanos = nowNanos;
    }

    /** True between {@link #begin} and reaching the target (or {@link #cancel}). */
    boolean pending() {
        return pending;
    }

    void cancel() {
        pending = false;
    }

    /**
     * Sets the target, clamped to the limits.
     *
     * @param requestedRad one target per joint (Not modified)
     * @return false (target unchanged) if any value is not finite
     */
    boolean target(double[] requestedRad) {
        for (double v : requestedRad) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        for (int k = 0; k < target.length; k++) {
            target[k] = limits.get(k).clamp(requestedRad[k]);
        }
        hasTarget = true;
        return true;
    }

    /**
     * Compares a measurement with the goal last written.
     *
     * @param measuredRad measured positions (Not modified)
     * @param limp        joints whose torque is off on purpose (skipped)
     * @return null if every joint is within the tolerance, else what is wrong
     */
    String trackingError(double[] measuredRad, boolean[] limp) {
        for (int k = 0; k < goal.length; k++) {
            double error = Math.abs(measuredRad[k] - goal[k]);
            if (!limp[k] && !(error <= toleranceRad)) {
                return String.format(Locale.ROOT, "start move aborted: %s measured at %.3f rad, %.3f rad from its "
                        + "goal %.3f rad (tolerance %.3f rad): blocked, overloaded or slipping joint, or a wrong "
                        + "zero offset", limits.get(k).name(), measuredRad[k], error, goal[k], toleranceRad);
            }
        }
        return null;
    }

    /**
     * Moves the goals toward the target by at most the speed bound times the time since the last step.
     *
     * @return true if the goals changed (write them)
     */
    boolean step(long nowNanos) {
        long dt = Math.min(Math.max(0, nowNanos - lastStepNanos), maxStepNanos);
        lastStepNanos = nowNanos;
        if (!hasTarget) {
            return false;
        }
        double maxStep = speedRadPerSec * dt / 1e9;
        boolean reached = true;
        for (int k = 0; k < goal.length; k++) {
            double d = target[k] - goal[k];
            goal[k] += Math.max(-maxStep, Math.min(maxStep, d));
            reached &= Math.abs(target[k] - goal[k]) <= REACHED_RAD;
        }
        if (reached) {
            System.arraycopy(target, 0, goal, 0, goal.length);
            pending = false;
        }
        return maxStep > 0;
    }

    /** The current goals (Not to be modified). */
    double[] goal() {
        return goal;
    }
}
