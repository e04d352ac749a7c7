package io.hebbian.firmware.bridge;

/**
 * Safety settings of a {@link ServoBridge}.
 *
 * @param watchdogTimeoutNanos     longest gap between commands before the watchdog acts, ns; positive
 * @param watchdogAction           hold or torque off on expiry
 * @param hardwareWatchdogMillis   the servos' own watchdog (Dynamixel Bus Watchdog), ms; 0 off. Keep it
 *                                 longer than the software watchdog so it only fires if this process dies
 * @param maxStepRad               largest change of any target per command, radians (infinite disables)
 * @param reconnectIntervalNanos   time between reconnect attempts while disconnected, ns; positive
 * @param installShutdownHook      turn torque off at JVM exit (Ctrl-C, SIGTERM, normal exit)
 * @param poseToleranceRad         how far outside its limits a joint may sit when torque is enabled,
 *                                 radians, finite and >= 0 (it jumps by up to this much to the limit)
 * @param faultPollEveryTicks      read the servos' fault registers (Dynamixel Hardware Error Status and
 *                                 Bus Watchdog) every this many {@link ServoBridge#tick} calls; 0 off
 * @param startSpeedRadPerSec      after {@link ServoBridge#enable} the goals move from the measured pose to the
 *                                 commanded one at most this fast, rad/s, per joint ({@link BridgeState#MOVING_TO_START});
 *                                 positive; infinite = off (the first command is only rate-limited by {@link #maxStepRad})
 * @param startToleranceRad        during that move, a joint measured farther than this from its last goal aborts it
 *                                 (torque off, {@link BridgeState#FAULT}), radians; positive and finite
 */
public record BridgeSettings(long watchdogTimeoutNanos, WatchdogAction watchdogAction, int hardwareWatchdogMillis,
        double maxStepRad, long reconnectIntervalNanos, boolean installShutdownHook, double poseToleranceRad,
        int faultPollEveryTicks, double startSpeedRadPerSec, double startToleranceRad) {

    /** Default {@link #poseToleranceRad}: 0.05 rad (about 3 degrees). */
    public static final double DEFAULT_POSE_TOLERANCE_RAD = 0.05;
    /** Default {@link #faultPollEveryTicks}: 10 (every 0.1 s at a 100 Hz tick). */
    public static final int DEFAULT_FAULT_POLL_EVERY_TICKS = 10;
    /** Default {@link #startToleranceRad}: 0.15 rad (about 9 degrees). */
    public static final double DEFAULT_START_TOLERANCE_RAD = 0.15;

    public BridgeSettings {
        if (watchdogTimeoutNanos <= 0) {
            throw new IllegalArgumentException("watchdog timeout must be positive, got " + watchdogTimeoutNanos + " ns");
        }
        if (watchdogAction == null) {
            throw new IllegalArgumentException("watchdog action must be HOLD or TORQUE_OFF, got null");
        }
        if (hardwareWatchdogMillis < 0 || hardwareWatchdogMillis > 127 * 20) {
            throw new IllegalArgumentException("hardware watchdog must be in 0..2540 ms, got " + hardwareWatchdogMillis);
        }
        if (!(maxStepRad > 0)) {
            throw new IllegalArgumentException("max step must be positive (or infinite), got " + maxStepRad + " rad");
        }
        if (reconnectIntervalNanos <= 0) {
            throw new IllegalArgumentException("reconnect interval must be positive, got " + reconnectIntervalNanos + " ns");
        }
        if (!(poseToleranceRad >= 0) || !Double.isFinite(poseToleranceRad)) {
            throw new IllegalArgumentException("pose tolerance must be finite and >= 0 rad, got " + poseToleranceRad);
        }
        if (faultPollEveryTicks < 0) {
            throw new IllegalArgumentException("fault poll interval must be >= 0 ticks (0 = off), got "
                    + faultPollEveryTicks);
        }
        if (!(startSpeedRadPerSec > 0)) {
            throw new IllegalArgumentException("start speed must be positive (or infinite = off), got "
                    + startSpeedRadPerSec + " rad/s");
        }
        if (!(startToleranceRad > 0) || !Double.isFinite(startToleranceRad)) {
            throw new IllegalArgumentException("start move tolerance must be finite and > 0 rad, got " + startToleranceRad);
        }
    }

    /** True if {@link ServoBridge#enable} is followed by the bounded-speed move to the first command. */
    public boolean startMoveEnabled() {
        return Double.isFinite(startSpeedRadPerSec);
    }

    /**
     * 100 ms watchdog with hold, 300 ms hardware watchdog, 0.1 rad per command, reconnect every 500 ms,
     * shutdown hook, 0.05 rad pose tolerance, fault registers polled every 10 ticks, no start move (0.15 rad
     * tolerance once {@linkplain #withStartMove enabled}).
     */
    public static BridgeSettings defaults() {
        return new BridgeSettings(100_000_000L, WatchdogAction.HOLD, 300, 0.1, 500_000_000L, true,
                DEFAULT_POSE_TOLERANCE_RAD, DEFAULT_FAULT_POLL_EVERY_TICKS, Double.POSITIVE_INFINITY,
                DEFAULT_START_TOLERANCE_RAD);
    }

    /**
     * @param speedRadPerSec largest goal speed of the move to the first command after enable, rad/s (infinite = off)
     * @param toleranceRad   position error that aborts that move, radians
     */
    public BridgeSettings withStartMove(double speedRadPerSec, double toleranceRad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, installShutdownHook, poseToleranceRad, faultPollEveryTicks, speedRadPerSec,
                toleranceRad);
    }

    public BridgeSettings withWatchdog(long timeoutNanos, WatchdogAction action) {
        return new BridgeSettings(timeoutNanos, action, hardwareWatchdogMillis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook, poseToleranceRad, faultPollEveryTicks, startSpeedRadPerSec, startToleranceRad);
    }

    public BridgeSettings withHardwareWatchdogMillis(int millis) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, millis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook, poseToleranceRad, faultPollEveryTicks, startSpeedRadPerSec, startToleranceRad);
    }

    public BridgeSettings withMaxStepRad(double rad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, rad,
                reconnectIntervalNanos, installShutdownHook, poseToleranceRad, faultPollEveryTicks, startSpeedRadPerSec, startToleranceRad);
    }

    public BridgeSettings withShutdownHook(boolean install) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, install, poseToleranceRad, faultPollEveryTicks, startSpeedRadPerSec, startToleranceRad);
    }

    public BridgeSettings withPoseToleranceRad(double rad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, installShutdownHook, rad, faultPollEveryTicks,
                startSpeedRadPerSec, startToleranceRad);
    }

    public BridgeSettings withFaultPollEveryTicks(int ticks) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, installShutdownHook, poseToleranceRad, ticks,
                startSpeedRadPerSec, startToleranceRad);
    }
}
