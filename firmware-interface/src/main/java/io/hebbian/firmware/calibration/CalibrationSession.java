package io.hebbian.firmware.calibration;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.calibration.CalibrationStep.Answer;
import io.hebbian.firmware.calibration.CalibrationStep.Ask;
import io.hebbian.firmware.calibration.CalibrationStep.Finished;
import io.hebbian.firmware.calibration.CalibrationStep.Move;
import io.hebbian.firmware.calibration.CalibrationStep.Refused;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a {@link Calibration} against a servo bus: prompts go to a line sink, answers come from a line source, each
 * Enter is followed by a position read, and a {@link Move} turns torque on for that one joint only while it moves at
 * bounded speed and back. Torque goes off on every servo of the bus at the start, after each move, at the end, when
 * the input ends, on any error, and from {@link #stop()} (a shutdown hook); after {@code stop()} torque is never
 * turned on again. The bus must be built on {@link Calibration#busConfig}, so its angles are servo angles.
 *
 * <p>{@link #run} is meant for one thread; {@link #stop()} may be called from another.
 */
public final class CalibrationSession {

    /** Where answers come from. */
    @FunctionalInterface
    public interface LineSource {
        /** The next line without its line break, or null at the end of the input. */
        String nextLine() throws IOException;
    }

    /** Waiting, on the caller's clock. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private static final int READ_ATTEMPTS = 3;

    private final ServoBus bus;
    private final JointStateSample sample;
    /** Read after a torque-off to confirm it left the adapter (its own buffer: {@link #stop()} runs on another thread). */
    private final JointStateSample confirm;
    private final DirectionMove mover;
    private final Object lock = new Object();
    private boolean stopped;

    /**
     * @param bus       a bus on {@link Calibration#busConfig} of the config being calibrated
     * @param nanoClock the clock the move's speed bound is measured on
     * @param sleeper   waits between the move's steps
     */
    public CalibrationSession(ServoBus bus, LongSupplier nanoClock, Sleeper sleeper) {
        this.bus = bus;
        this.sample = new JointStateSample(bus.jointCount());
        this.confirm = new JointStateSample(bus.jointCount());
        this.mover = new DirectionMove(this, nanoClock, sleeper);
    }

    /**
     * Walks through every joint, moving at the calibration's {@linkplain Calibration#settings() settings}. Prints each
     * step's notice lines and prompts to {@code out}.
     *
     * @throws ServoException if a servo does not answer or refuses a write (torque is turned off first)
     */
    public CalibrationOutcome run(Calibration calibration, LineSource in, Consumer<String> out)
            throws ServoException, IOException, InterruptedException {
        boolean finished = false;
        try {
            torqueOff();
            CalibrationStep step = calibration.start();
            while (true) {
                step.notice().forEach(out);
                if (step instanceof Finished f) {
                    finished = true;
                    torqueOff();
                    return new CalibrationOutcome.Calibrated(f.joints());
                }
                if (step instanceof Refused r) {
                    finished = true;
                    torqueOff();
                    return new CalibrationOutcome.Stopped(r.line());
                }
                if (step instanceof Move m) {
                    double[] startAndReached = mover.run(m.joint(), m.toRad(), calibration.settings());
                    step = calibration.moved(startAndReached[0], startAndReached[1]);
                    continue;
                }
                Ask ask = (Ask) step;
                out.accept(ask.prompt());
                String line = in.nextLine();
                if (line == null) {
                    finished = true;
                    torqueOff();
                    return new CalibrationOutcome.Stopped("the input ended before the calibration finished");
                }
                step = calibration.answer(line, ask.answer() == Answer.ENTER ? position(ask.joint()) : Double.NaN);
            }
        } finally {
            if (!finished) {
                torqueOffQuietly();
            }
        }
    }

    /**
     * Torque off on every servo, confirmed by one round trip, and no torque on from now on. Safe from another thread
     * (a shutdown hook) and idempotent; never throws.
     */
    public void stop() {
        synchronized (lock) {
            stopped = true;
            torqueOffQuietly();
        }
    }

    /** The joint's servo angle, radians; a few attempts before giving up. */
    double position(int joint) throws ServoException {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            if (readState()) {
                return sample.positionRad[joint];
            }
        }
        throw new ServoException("no position reply from every servo of the config after " + READ_ATTEMPTS
                + " reads: check power, cables, ids and baud rate");
    }

    /** Reads every joint into the session's sample; false if a reply was missing. */
    boolean readState() throws ServoException {
        synchronized (lock) {
            return bus.readState(sample);
        }
    }

    /** The last reading (Not to be modified). */
    double[] positions() {
        return sample.positionRad;
    }

    void writeGoals(double[] goalRad) throws ServoException {
        synchronized (lock) {
            bus.writePositions(goalRad);
        }
    }

    /** Arms the hardware watchdog and turns torque on for one joint, unless {@link #stop()} was called. */
    void torqueOn(int joint, int watchdogMillis) throws ServoException {
        synchronized (lock) {
            if (stopped) {
                throw new ServoException("stopped: torque stays off");
            }
            bus.setHardwareWatchdog(watchdogMillis);
            bus.setTorque(joint, true);
        }
    }

    void torqueOff() throws ServoException {
        synchronized (lock) {
            bus.setTorque(false);
            bus.readState(confirm);
        }
    }

    /** Torque off on every joint, then disarms the hardware watchdog (torque is off, so it cannot fire anyway). */
    void torqueOffAndDisarm() throws ServoException {
        synchronized (lock) {
            bus.setTorque(false);
            bus.setHardwareWatchdog(0);
        }
    }

    private void torqueOffQuietly() {
        synchronized (lock) {
            try {
                bus.setTorque(false);
                bus.readState(confirm);
            } catch (ServoException | RuntimeException e) {
                // best effort: the port may be gone; nothing else can be done from here
            }
        }
    }
}
