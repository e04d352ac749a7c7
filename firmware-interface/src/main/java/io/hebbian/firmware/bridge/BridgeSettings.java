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
 */
public record BridgeSettings(long watchdogTimeoutNanos, WatchdogAction watchdogAction, int hardwareWatchdogMillis,
        double maxStepRad, long reconnectIntervalNanos, boolean installShutdownHook, double poseToleranceRad,
        int faultPollEveryTicks) {

    /** Default {@link #poseToleranceRad}: 0.05 rad (about 3 degrees). */
    public static final double DEFAULT_POSE_TOLERANCE_RAD = 0.05;
    /** Default {@link #faultPollEveryTicks}: 10 (every 0.1 s at a 100 Hz tick). */
    public static final int DEFAULT_FAULT_POLL_EVERY_TICKS = 10;

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
    }

    /**
     * 100 ms watchdog with hold, 300 ms hardware watchdog, 0.1 rad per command, reconnect every 500 ms,
     * shutdown hook, 0.05 rad pose tolerance, fault registers polled every 10 ticks.
     */
    public static BridgeSettings defaults() {
        return new BridgeSettings(100_000_000L, WatchdogAction.HOLD, 300, 0.1, 500_000_000L, true,
                DEFAULT_POSE_TOLERANCE_RAD, DEFAULT_FAULT_POLL_EVERY_TICKS);
    }

    public BridgeSettings withWatchdog(long timeoutNanos, WatchdogAction action) {
        return new BridgeSettings(timeoutNanos, action, hardwareWatchdogMillis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook, poseToleranceRad, faultPollEveryTicks);
    }

    public BridgeSettings withHardwareWatchdogMillis(int millis) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, millis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook, poseToleranceRad, faultPollEveryTicks);
    }

    public BridgeSettings withMaxStepRad(double rad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, rad,
                reconnectIntervalNanos, installShutdownHook, poseToleranceRad, faultPollEveryTicks);
    }

    public BridgeSettings withShutdownHook(boolean install) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, install, poseToleranceRad, faultPollEveryTicks);
    }

    public BridgeSettings withPoseToleranceRad(double rad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, installShutdownHook, rad, faultPollEveryTicks);
    }

    public BridgeSettings withFaultPollEveryTicks(int ticks) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, installShutdownHook, poseToleranceRad, ticks);
    }
}
