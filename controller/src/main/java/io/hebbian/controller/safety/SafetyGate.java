package io.hebbian.controller.safety;

import io.hebbian.controller.spec.JointLimits;
import java.util.List;

/**
 * The one gate every outgoing joint command passes: non-finite commands are replaced by the last
 * safe command, targets are clamped to joint limits, and each target may move at most
 * {@code maxStepRad} from the previous safe target per call.
 *
 * <p>Not thread-safe: one gate per command stream. {@link #apply} allocates nothing.
 */
public final class SafetyGate {

    private final double[] lower;
    private final double[] upper;
    private final double maxStepRad;
    private final double[] lastSafe;
    private boolean hasLastSafe;
    private long held;
    private long clamped;
    private long rateLimited;

    /**
     * @param joints     limits in command order
     * @param maxStepRad largest change of any target per call, radians; {@code Double.POSITIVE_INFINITY} disables
     */
    public SafetyGate(List<JointLimits> joints, double maxStepRad) {
        if (!(maxStepRad > 0)) {
            throw new IllegalArgumentException("max step must be positive (or infinite to disable), got " + maxStepRad);
        }
        int n = joints.size();
        lower = new double[n];
        upper = new double[n];
        for (int k = 0; k < n; k++) {
            lower[k] = joints.get(k).lowerRad();
            upper[k] = joints.get(k).upperRad();
        }
        this.maxStepRad = maxStepRad;
        this.lastSafe = new double[n];
    }

    /** A gate without a rate limit. */
    public SafetyGate(List<JointLimits> joints) {
        this(joints, Double.POSITIVE_INFINITY);
    }

    /**
     * Sets the reference for the rate limit and the hold command, typically the measured joint
     * positions when control starts (clamped into the limits).
     */
    public void reset(double[] currentPositionRad) {
        checkLength(currentPositionRad);
        for (int k = 0; k < lastSafe.length; k++) {
            double p = currentPositionRad[k];
            lastSafe[k] = Double.isFinite(p) ? Math.max(lower[k], Math.min(upper[k], p)) : 0.5 * (lower[k] + upper[k]);
        }
        hasLastSafe = true;
    }

    /**
     * Filters one command.
     *
     * @param requestedRad the requested targets (Not modified)
     * @param safeRad      receives the targets to send (Modified); unspecified if {@link GateOutcome#REJECTED}
     * @return what the gate did
     */
    public GateOutcome apply(double[] requestedRad, double[] safeRad) {
        checkLength(requestedRad);
        checkLength(safeRad);
        for (double v : requestedRad) {
            if (!Double.isFinite(v)) {
                held++;
                if (!hasLastSafe) {
                    return GateOutcome.REJECTED;
                }
                System.arraycopy(lastSafe, 0, safeRad, 0, lastSafe.length);
                return GateOutcome.HELD_NON_FINITE;
            }
        }
        boolean anyClamped = false;
        boolean anyLimited = false;
        for (int k = 0; k < requestedRad.length; k++) {
            double v = requestedRad[k];
            if (v < lower[k] || v > upper[k]) {
                v = Math.max(lower[k], Math.min(upper[k], v));
                anyClamped = true;
            }
            if (hasLastSafe) {
                double d = v - lastSafe[k];
                if (d > maxStepRad || d < -maxStepRad) {
                    v = lastSafe[k] + Math.copySign(maxStepRad, d);
                    anyLimited = true;
                }
            }
            safeRad[k] = v;
        }
        System.arraycopy(safeRad, 0, lastSafe, 0, lastSafe.length);
        hasLastSafe = true;
        if (anyClamped) {
            clamped++;
            return GateOutcome.CLAMPED;
        }
        if (anyLimited) {
            rateLimited++;
            return GateOutcome.RATE_LIMITED;
        }
        return GateOutcome.PASSED;
    }

    /** The last command that left the gate, copied into {@code dst} (Modified); false if there is none. */
    public boolean lastSafe(double[] dst) {
        System.arraycopy(lastSafe, 0, dst, 0, lastSafe.length);
        return hasLastSafe;
    }

    public long heldCount() {
        return held;
    }

    public long clampedCount() {
        return clamped;
    }

    public long rateLimitedCount() {
        return rateLimited;
    }

    private void checkLength(double[] a) {
        if (a.length != lastSafe.length) {
            throw new IllegalArgumentException("expected " + lastSafe.length + " joint targets, got " + a.length);
        }
    }
}
