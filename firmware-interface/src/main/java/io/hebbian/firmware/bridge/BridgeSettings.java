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
 */
public record BridgeSettings(long watchdogTimeoutNanos, WatchdogAction watchdogAction, int hardwareWatchdogMillis,
        double maxStepRad, long reconnectIntervalNanos, boolean installShutdownHook) {

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
    }

    /** 100 ms watchdog with hold, 300 ms hardware watchdog, 0.1 rad per command, reconnect every 500 ms, shutdown hook. */
    public static BridgeSettings defaults() {
        return new BridgeSettings(100_000_000L, WatchdogAction.HOLD, 300, 0.1, 500_000_000L, true);
    }

    public BridgeSettings withWatchdog(long timeoutNanos, WatchdogAction action) {
        return new BridgeSettings(timeoutNanos, action, hardwareWatchdogMillis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook);
    }

    public BridgeSettings withHardwareWatchdogMillis(int millis) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, millis, maxStepRad, reconnectIntervalNanos,
                installShutdownHook);
    }

    public BridgeSettings withMaxStepRad(double rad) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, rad,
                reconnectIntervalNanos, installShutdownHook);
    }

    public BridgeSettings withShutdownHook(boolean install) {
        return new BridgeSettings(watchdogTimeoutNanos, watchdogAction, hardwareWatchdogMillis, maxStepRad,
                reconnectIntervalNanos, install);
    }
}
