package io.hebbian.firmware.emulator;

import java.util.ArrayDeque;

/**
 * How an emulated servo's shaft follows its goal, in raw position units: the goal takes effect a dead time
 * after it is written (while torque is on), then the shaft moves at {@code clamp(error / timeConstant, ±maxVelocity)} and stops
 * inside the deadband. Integrated in steps of at most 50 µs of the caller's clock (the emulator passes the
 * time bytes arrive, i.e. wall time over a pty), so the response is the continuous-time one whatever the poll
 * rate. Not thread-safe: the emulator holds its lock.
 */
final class ServoDynamics {

    /**
     * Known parameters a test can fit against.
     *
     * @param deadTimeSeconds      delay from a goal write to the servo acting on it, s, ≥ 0
     * @param timeConstantSeconds  first-order lag, s, positive
     * @param maxVelocityRadPerSec speed cap, rad/s, positive
     * @param deadbandRad          no correction for errors up to this, radians, ≥ 0
     */
    record Params(double deadTimeSeconds, double timeConstantSeconds, double maxVelocityRadPerSec, double deadbandRad) {
        Params {
            if (!(deadTimeSeconds >= 0) || !(timeConstantSeconds > 0) || !(maxVelocityRadPerSec > 0)
                    || !(deadbandRad >= 0)) {
                throw new IllegalArgumentException("need dead time >= 0, lag > 0, speed cap > 0, deadband >= 0, got "
                        + this);
            }
        }
    }

    private static final long MAX_STEP_NANOS = 50_000;

    private final Params params;
    private final double unitsPerRad;
    private final ArrayDeque<long[]> pending = new ArrayDeque<>();
    private double position;
    private double goal;
    private double velocity;
    private long lastNanos;
    private boolean started;

    /** A shaft at rest at {@code positionUnits}; its clock starts at the first {@link #advance}. */
    ServoDynamics(Params params, double unitsPerRad, double positionUnits) {
        this.params = params;
        this.unitsPerRad = unitsPerRad;
        this.position = positionUnits;
        this.goal = positionUnits;
    }

    /** A goal written at {@code nowNanos}, raw units; it acts after the dead time, or at once with torque off. */
    void goal(int goalUnits, long nowNanos, boolean torqueOn) {
        if (torqueOn) {
            pending.addLast(new long[] {nowNanos + (long) (params.deadTimeSeconds() * 1e9), goalUnits});
        } else {
            pending.clear();
            goal = goalUnits;
        }
    }

    /**
     * Moves the shaft to time {@code nowNanos} while {@code torqueOn}. With torque off it stays put and goals count
     * at once (the dead time is the servo's while it drives), so torque comes on with the goal the register holds.
     */
    void advance(long nowNanos, boolean torqueOn) {
        if (!started || !torqueOn) {
            started = true;
            lastNanos = nowNanos;
            velocity = 0;
            while (!pending.isEmpty()) {
                goal = pending.removeFirst()[1];
            }
            return;
        }
        while (lastNanos < nowNanos) {
            long end = Math.min(nowNanos, lastNanos + MAX_STEP_NANOS);
            if (!pending.isEmpty() && pending.peekFirst()[0] <= lastNanos) {
                goal = pending.removeFirst()[1];
                continue;
            }
            if (!pending.isEmpty()) {
                end = Math.min(end, pending.peekFirst()[0]);
            }
            double dt = (end - lastNanos) * 1e-9;
            velocity = speed(goal - position);
            position += velocity * dt;
            lastNanos = end;
        }
    }

    private double speed(double errorUnits) {
        if (Math.abs(errorUnits) <= params.deadbandRad() * unitsPerRad) {
            return 0;
        }
        double cap = params.maxVelocityRadPerSec() * unitsPerRad;
        return Math.max(-cap, Math.min(cap, errorUnits / params.timeConstantSeconds()));
    }

    /** Sets the shaft where a test put it, stopped. */
    void place(double positionUnits) {
        position = positionUnits;
        velocity = 0;
    }

    /** Present position, whole raw units (what the encoder reports). */
    int presentUnits() {
        return (int) Math.round(position);
    }

    /** Present speed, rad/s. */
    double velocityRadPerSec() {
        return velocity / unitsPerRad;
    }
}
