package io.hebbian.ros2.run;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * ROS time when no {@code /clock} drives the nodes: the system's wall clock as nanoseconds since the
 * Unix epoch, for message header stamps (never for timeouts: use a monotonic clock for those).
 */
public final class WallClock {

    private WallClock() {
    }

    /** A supplier of {@code clock}'s time, nanoseconds since the epoch. */
    public static LongSupplier nanos(Clock clock) {
        return () -> {
            Instant t = clock.instant();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        };
    }

    /** The system clock (UTC), nanoseconds since the epoch. */
    public static LongSupplier system() {
        return nanos(Clock.systemUTC());
    }
}
