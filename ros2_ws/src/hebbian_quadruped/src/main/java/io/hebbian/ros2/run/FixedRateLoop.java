package io.hebbian.ros2.run;

import java.util.concurrent.locks.LockSupport;

/**
 * Calls a task at a fixed rate on its own thread, with absolute deadlines so that the mean period
 * is exact. When a call overruns, missed deadlines are skipped (counted), never bunched.
 */
public final class FixedRateLoop implements AutoCloseable {

    private final long periodNanos;
    private final Runnable task;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long overruns;
    private volatile long calls;

    /**
     * Starts the loop.
     *
     * @param name        thread name
     * @param periodNanos period, nanoseconds; positive
     * @param task        called once per period; exceptions stop the loop and are reported by {@link #failure()}
     */
    public FixedRateLoop(String name, long periodNanos, Runnable task) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + periodNanos + " ns");
        }
        this.periodNanos = periodNanos;
        this.task = task;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private volatile Throwable failure;

    private void run() {
        long next = System.nanoTime();
        try {
            while (running) {
                task.run();
                calls++;
                next += periodNanos;
                long now = System.nanoTime();
                if (now > next) {
                    long missed = (now - next) / periodNanos + 1;
                    overruns += missed;
                    next += missed * periodNanos;
                }
                long wait;
                while (running && (wait = next - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Periods skipped because a call ran late. */
    public long overruns() {
        return overruns;
    }

    public long calls() {
        return calls;
    }

    /** Why the loop stopped by itself, or null. */
    public Throwable failure() {
        return failure;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops the loop and waits for the current call to finish (at most 2 s). */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
