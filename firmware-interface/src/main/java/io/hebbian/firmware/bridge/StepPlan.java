package io.hebbian.firmware.bridge;

import io.hebbian.controller.spec.JointLimits;
import java.util.Locale;

/**
 * A step-response recording on one joint: hold where it is for {@code holdSeconds}, step by {@code stepRad},
 * record for {@code durationSeconds}, step back and record as long again, sampling at {@code rateHz}.
 * A step has no rate limit, so its size is bounded instead ({@link #MAX_STEP_RAD}), and both ends must lie
 * inside the joint's limits ({@link #check}).
 *
 * @param stepRad         the step, radians, {@link #MIN_STEP_RAD} ≤ |step| ≤ {@link #MAX_STEP_RAD}
 * @param holdSeconds     time at the start position before the step, s, within [0.05, 5]
 * @param durationSeconds time recorded after each of the two steps, s, within [0.05, 10]
 * @param rateHz          command and sample rate, Hz, within [10, 1000]
 */
public record StepPlan(double stepRad, double holdSeconds, double durationSeconds, double rateHz) {

    /**
     * Largest step, radians (about 29°): reaches the speed cap of typical hobby and Dynamixel servos
     * (a 6 rad/s servo with a 40 ms lag saturates above 0.24 rad) without slamming a leg across its range.
     */
    public static final double MAX_STEP_RAD = 0.5;
    /** Smallest step, radians (about 0.6°, several encoder ticks). */
    public static final double MIN_STEP_RAD = 0.01;

    public StepPlan {
        if (!Double.isFinite(stepRad) || Math.abs(stepRad) < MIN_STEP_RAD || Math.abs(stepRad) > MAX_STEP_RAD) {
            throw new IllegalArgumentException("step must be within " + MIN_STEP_RAD + " to " + MAX_STEP_RAD
                    + " rad either way (a step has no rate limit, so its size is bounded), got " + stepRad + " rad");
        }
        if (!(holdSeconds >= 0.05 && holdSeconds <= 5)) {
            throw new IllegalArgumentException("hold before the step must be within [0.05, 5] s, got " + holdSeconds);
        }
        if (!(durationSeconds >= 0.05 && durationSeconds <= 10)) {
            throw new IllegalArgumentException("duration must be within [0.05, 10] s, got " + durationSeconds);
        }
        if (!(rateHz >= 10 && rateHz <= 1000)) {
            throw new IllegalArgumentException("rate must be within [10, 1000] Hz, got " + rateHz);
        }
    }

    /** Samples the plan asks for. */
    public int samples() {
        return (int) Math.ceil((holdSeconds + 2 * durationSeconds) * rateHz - 1e-9);
    }

    /** Total recording time, s. */
    public double totalSeconds() {
        return holdSeconds + 2 * durationSeconds;
    }

    /** The command at {@code elapsedSeconds} into the recording: start, start + step, start again. */
    public double commandRad(double startRad, double elapsedSeconds) {
        return elapsedSeconds >= holdSeconds && elapsedSeconds < holdSeconds + durationSeconds
                ? startRad + stepRad : startRad;
    }

    /**
     * Checks that a joint at {@code startRad} may make this step: the start and the step's end inside its limits.
     *
     * @throws IllegalArgumentException naming the joint, both angles and the steps that would fit
     */
    public void check(JointLimits limits, double startRad) {
        if (startRad < limits.lowerRad() || startRad > limits.upperRad()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is at %.3f rad, outside its limits "
                    + "[%.3f, %.3f] rad: move it inside first ('servo move')", limits.name(), startRad,
                    limits.lowerRad(), limits.upperRad()));
        }
        double end = startRad + stepRad;
        if (end < limits.lowerRad() || end > limits.upperRad()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a step of %+.3f rad from %s's %.3f rad "
                    + "ends at %.3f rad, outside its limits [%.3f, %.3f] rad: from here the step must be within "
                    + "[%+.3f, %+.3f] rad", stepRad, limits.name(), startRad, end, limits.lowerRad(), limits.upperRad(),
                    Math.max(-MAX_STEP_RAD, limits.lowerRad() - startRad),
                    Math.min(MAX_STEP_RAD, limits.upperRad() - startRad)));
        }
    }
}
