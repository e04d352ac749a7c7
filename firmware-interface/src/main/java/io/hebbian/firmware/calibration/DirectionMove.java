package io.hebbian.firmware.calibration;

import io.hebbian.firmware.bus.ServoException;
import java.util.function.LongSupplier;

/**
 * The direction check's move of one joint: goals of every joint set to where they are, torque on for that joint
 * only, its goal ramped to the target at the speed bound (each step covers the time since the previous one, at most
 * {@link #MAX_STEP_NANOS}), a short hold, the same ramp back to the start, torque off. The servo's hardware watchdog
 * is armed for the move where the protocol has one. A measured position farther than the tolerance from the goal
 * (blocked, held, unpowered) ends the outward ramp early.
 */
final class DirectionMove {

    static final long PERIOD_NANOS = 20_000_000L;
    static final long MAX_STEP_NANOS = 100_000_000L;
    static final long HOLD_NANOS = 200_000_000L;
    static final int WATCHDOG_MILLIS = 300;

    private final CalibrationSession session;
    private final LongSupplier clock;
    private final CalibrationSession.Sleeper sleeper;

    DirectionMove(CalibrationSession session, LongSupplier clock, CalibrationSession.Sleeper sleeper) {
        this.session = session;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Moves joint {@code k} to {@code toRad} and back.
     *
     * @return {start, reached}: the servo angle at the start and the one measured at the far point, radians
     */
    double[] run(int k, double toRad, CalibrationSettings settings) throws ServoException, InterruptedException {
        session.position(k);
        double[] goal = session.positions().clone();
        double start = goal[k];
        session.writeGoals(goal);
        session.torqueOn(k, WATCHDOG_MILLIS);
        try {
            double reached = ramp(goal, k, toRad, settings, true);
            hold(goal);
            if (session.readState()) {
                reached = session.positions()[k];
            }
            ramp(goal, k, start, settings, false);
            hold(goal);
            return new double[] {start, reached};
        } finally {
            session.torqueOffAndDisarm();
        }
    }

    /**
     * Ramps {@code goal[k]} to {@code target}, writing every goal each period.
     *
     * @param track stop early when the measured position falls behind the goal by more than the tolerance
     * @return the last measured position of joint {@code k}
     */
    private double ramp(double[] goal, int k, double target, CalibrationSettings settings, boolean track)
            throws ServoException, InterruptedException {
        long last = clock.getAsLong();
        double measured = goal[k];
        while (goal[k] != target) {
            sleeper.sleepNanos(PERIOD_NANOS);
            long now = clock.getAsLong();
            double maxStep = settings.speedRadPerSec() * Math.min(Math.max(0, now - last), MAX_STEP_NANOS) / 1e9;
            last = now;
            double d = target - goal[k];
            goal[k] = Math.abs(d) <= maxStep ? target : goal[k] + Math.copySign(maxStep, d);
            session.writeGoals(goal);
            if (session.readState()) {
                measured = session.positions()[k];
                if (track && !(Math.abs(measured - goal[k]) <= settings.toleranceRad())) {
                    return measured;
                }
            }
        }
        return measured;
    }

    /** Keeps writing the goals (feeding the hardware watchdog) while the servo settles. */
    private void hold(double[] goal) throws ServoException, InterruptedException {
        long end = clock.getAsLong() + HOLD_NANOS;
        while (clock.getAsLong() - end < 0) {
            sleeper.sleepNanos(PERIOD_NANOS);
            session.writeGoals(goal);
        }
    }
}
