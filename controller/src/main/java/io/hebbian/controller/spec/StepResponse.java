package io.hebbian.controller.spec;

/**
 * One joint's logged response to commanded position changes: at each sample time, the command in
 * effect and the measured position. The servo recorder ({@code firmware-interface}) produces it and
 * the servo-model fit ({@code sim}) consumes it, so it lives here where both can see it. Immutable
 * (the arrays are copied in and never handed out).
 *
 * <p>Sample {@code i}'s command is the one written at or just before {@code timeSeconds(i)} and in effect
 * until sample {@code i + 1}; its measurement was read at {@code timeSeconds(i)}.
 */
public final class StepResponse {

    /** Fewest samples a response may have. */
    public static final int MIN_SAMPLES = 3;

    private final double[] timeSeconds;
    private final double[] commandedRad;
    private final double[] measuredRad;

    /**
     * @param timeSeconds  sample times, s, finite and strictly increasing (Not modified)
     * @param commandedRad the command in effect at each sample, radians, finite (Not modified)
     * @param measuredRad  the position measured at each sample, radians, finite (Not modified)
     */
    public StepResponse(double[] timeSeconds, double[] commandedRad, double[] measuredRad) {
        int n = timeSeconds.length;
        if (commandedRad.length != n || measuredRad.length != n) {
            throw new IllegalArgumentException("expected as many commands and measurements as times (" + n
                    + "), got " + commandedRad.length + " commands and " + measuredRad.length + " measurements");
        }
        if (n < MIN_SAMPLES) {
            throw new IllegalArgumentException("a step response needs at least " + MIN_SAMPLES + " samples, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(timeSeconds[i]) || !Double.isFinite(commandedRad[i])
                    || !Double.isFinite(measuredRad[i])) {
                throw new IllegalArgumentException("sample " + i + " is not finite: t = " + timeSeconds[i]
                        + " s, commanded " + commandedRad[i] + " rad, measured " + measuredRad[i] + " rad");
            }
            if (i > 0 && !(timeSeconds[i] > timeSeconds[i - 1])) {
                throw new IllegalArgumentException("sample times must increase: sample " + i + " at "
                        + timeSeconds[i] + " s follows " + timeSeconds[i - 1] + " s");
            }
        }
        this.timeSeconds = timeSeconds.clone();
        this.commandedRad = commandedRad.clone();
        this.measuredRad = measuredRad.clone();
    }

    public int size() {
        return timeSeconds.length;
    }

    /** Time of sample {@code i}, s. */
    public double timeSeconds(int i) {
        return timeSeconds[i];
    }

    /** Command in effect at sample {@code i}, radians. */
    public double commandedRad(int i) {
        return commandedRad[i];
    }

    /** Position measured at sample {@code i}, radians. */
    public double measuredRad(int i) {
        return measuredRad[i];
    }

    /** Time from the first to the last sample, s. */
    public double durationSeconds() {
        return timeSeconds[timeSeconds.length - 1] - timeSeconds[0];
    }

    /** Index of the first sample whose command differs from the one before, or -1 if the command never changes. */
    public int firstCommandChange() {
        for (int i = 1; i < commandedRad.length; i++) {
            if (commandedRad[i] != commandedRad[i - 1]) {
                return i;
            }
        }
        return -1;
    }
}
