package io.hebbian.firmware.calibration;

/**
 * How the calibration walk-through behaves.
 *
 * @param moveRad        amplitude of the direction move, radians (0, 0.5]; at most a third of the joint's measured range
 * @param speedRadPerSec goal speed of that move, rad/s (0, pi]
 * @param toleranceRad   largest distance between a goal and the measured position during the move before it is
 *                       abandoned (blocked, held or unpowered joint), radians; positive
 * @param retryRefused   true: after a refused answer or reading, the step is asked again (a person at a terminal);
 *                       false: the first refusal ends the walk-through (answers from a file cannot react)
 */
public record CalibrationSettings(double moveRad, double speedRadPerSec, double toleranceRad, boolean retryRefused) {

    public CalibrationSettings {
        if (!(moveRad > 0 && moveRad <= 0.5)) {
            throw new IllegalArgumentException("direction move must be in (0, 0.5] rad (28.6 deg), got " + moveRad);
        }
        if (!(speedRadPerSec > 0 && speedRadPerSec <= Math.PI)) {
            throw new IllegalArgumentException("direction move speed must be in (0, pi] rad/s (180 deg/s), got "
                    + speedRadPerSec);
        }
        if (!(toleranceRad > 0) || !Double.isFinite(toleranceRad)) {
            throw new IllegalArgumentException("tracking tolerance must be finite and > 0 rad, got " + toleranceRad);
        }
    }

    /** A 10 degree move at 20 deg/s (as {@code servo move}), 0.15 rad tracking tolerance, refusals asked again. */
    public static CalibrationSettings defaults() {
        return new CalibrationSettings(Math.toRadians(10), Math.toRadians(20), 0.15, true);
    }

    public CalibrationSettings withMove(double rad, double radPerSec) {
        return new CalibrationSettings(rad, radPerSec, toleranceRad, retryRefused);
    }

    public CalibrationSettings withRetryRefused(boolean retry) {
        return new CalibrationSettings(moveRad, speedRadPerSec, toleranceRad, retry);
    }
}
