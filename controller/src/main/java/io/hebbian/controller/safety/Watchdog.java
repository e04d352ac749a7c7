package io.hebbian.controller.safety;

/**
 * Expires when it has not been fed for longer than its timeout. Time is passed in (nanoseconds on
 * any monotonic clock), so tests and simulators drive it without a wall clock.
 */
public final class Watchdog {

    private final long timeoutNanos;
    private long lastFedNanos;
    private boolean fed;

    /** @param timeoutNanos how long a feed stays good, nanoseconds; positive */
    public Watchdog(long timeoutNanos) {
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("watchdog timeout must be positive, got " + timeoutNanos + " ns");
        }
        this.timeoutNanos = timeoutNanos;
    }

    public void feed(long nowNanos) {
        lastFedNanos = nowNanos;
        fed = true;
    }

    /** Forgets the last feed: expired until fed again. */
    public void clear() {
        fed = false;
    }

    /** True if never fed (since construction or {@link #clear}) or last fed more than the timeout ago. */
    public boolean expired(long nowNanos) {
        return !fed || nowNanos - lastFedNanos > timeoutNanos;
    }

    /** Nanoseconds since the last feed, or {@code Long.MAX_VALUE} if never fed. */
    public long ageNanos(long nowNanos) {
        return fed ? nowNanos - lastFedNanos : Long.MAX_VALUE;
    }

    public long timeoutNanos() {
        return timeoutNanos;
    }
}
