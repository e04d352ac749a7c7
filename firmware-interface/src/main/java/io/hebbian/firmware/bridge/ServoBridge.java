package io.hebbian.firmware.bridge;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.safety.SafetyGate;
import io.hebbian.controller.safety.Watchdog;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusFault;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoDisconnectedException;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.bus.ServoTelemetry;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.preflight.Preflight;
import io.hebbian.firmware.preflight.PreflightModel;
import io.hebbian.firmware.preflight.PreflightReport;
import io.hebbian.firmware.preflight.PreflightSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The safety layer between a controller and a {@link ServoBus}. Every command passes one
 * {@link SafetyGate} (non-finite hold, clamp to limits, rate limit); a software {@link Watchdog}
 * holds or drops torque when commands stop (only commands that leave the gate fresh, see
 * {@link GateOutcome#isFreshCommand()}, feed it); the servos' own watchdog is armed as a second
 * layer, and their fault registers are polled every {@link BridgeSettings#faultPollEveryTicks()}
 * ticks ({@link BridgeState#FAULT}); torque goes off on {@link #estop()}, {@link #close()}, a fault,
 * JVM shutdown and disconnect. Damage (lock / weak / limp) can be injected by joint or leg name.
 *
 * <p>Time is passed in (nanoseconds on a monotonic clock). Methods are synchronized so a ROS
 * callback thread, a timer and the shutdown hook may share one bridge. {@link #command} and
 * {@link #readState} allocate nothing.
 */
public final class ServoBridge implements AutoCloseable {

    private final ServoBus bus;
    private final ServoConfig config;
    private final BridgeSettings settings;
    private final SafetyGate gate;
    private final Watchdog watchdog;
    private final double[] requested;
    private final double[] safe;
    private final JointStateSample measured;
    private final Injuries injured;
    private final StartMove startMove;
    private final boolean[] limp;
    private BridgeState state = BridgeState.IDLE;
    private boolean hasMeasured;
    private boolean measuredTimed;
    private long measuredAtNanos;
    private long ticksSinceFaultPoll;
    private List<String> faults = List.of();
    private GateOutcome lastOutcome;
    private long sent;
    private long dropped;
    private long trips;
    private long reconnects;
    private long lastReconnectNanos;
    private long lastGoalWriteNanos;
    private String lastError = "";
    private Thread hook;

    /** Builds the bridge; nothing is sent until {@link #enable(long)}. */
    public ServoBridge(ServoBus bus, ServoConfig config, BridgeSettings settings) {
        if (bus.jointCount() != config.joints().size()) {
            throw new IllegalArgumentException("bus has " + bus.jointCount() + " joints but the config has "
                    + config.joints().size() + ": build the bus from the same config");
        }
        this.bus = bus;
        this.config = config;
        this.settings = settings;
        int n = config.joints().size();
        gate = new SafetyGate(config.jointLimits(), settings.maxStepRad());
        watchdog = new Watchdog(settings.watchdogTimeoutNanos());
        requested = new double[n];
        safe = new double[n];
        injured = new Injuries(n);
        measured = new JointStateSample(n);
        startMove = new StartMove(config.jointLimits(), settings.startSpeedRadPerSec(), settings.startToleranceRad(),
                settings.watchdogTimeoutNanos());
        limp = new boolean[n];
    }

    /**
     * Reads the pose, checks it is within {@link BridgeSettings#poseToleranceRad()} of the limits,
     * (re-)arms the hardware watchdog (which also clears an expired one), makes the pose the gate's
     * reference and the goal, turns torque on (except limp joints) and starts the software watchdog.
     * Also clears an e-stop and a {@link BridgeState#FAULT}. With a {@linkplain BridgeSettings#startMoveEnabled()
     * start move} the bridge then is {@link BridgeState#MOVING_TO_START}, else {@link BridgeState#ACTIVE}.
     *
     * @throws ServoException if the servos cannot be read or refuse, or one has a latched hardware error
     */
    public synchronized void enable(long nowNanos) throws ServoException {
        if (state == BridgeState.CLOSED) {
            throw new IllegalStateException("bridge is closed: build a new one");
        }
        if (!bus.readState(measured)) {
            throw new ServoException("no reply from the servos while enabling: check power, ids and baud rate");
        }
        measuredRead(nowNanos);
        PoseCheck.requireInsideLimits(measured, config, settings.poseToleranceRad());
        // before the goal write: an expired Bus Watchdog refuses goal writes until it is written 0
        bus.setHardwareWatchdog(settings.hardwareWatchdogMillis());
        List<String> latched = describe(bus.readFaults());
        if (!latched.isEmpty()) {
            throw new ServoException("cannot enable torque: " + String.join("; ", latched)
                    + ": fix the cause, then reboot the servo (ServoBus.reboot) and enable again");
        }
        gate.reset(measured.positionRad);
        gate.lastSafe(safe);
        bus.writePositions(safe);
        lastGoalWriteNanos = nowNanos;
        bus.setTorque(true);
        applyDamage();
        installHook();
        watchdog.feed(nowNanos);
        faults = List.of();
        ticksSinceFaultPoll = 0;
        if (settings.startMoveEnabled()) {
            startMove.begin(safe, nowNanos);
            state = BridgeState.MOVING_TO_START;
        } else {
            startMove.cancel();
            state = BridgeState.ACTIVE;
        }
    }

    /**
     * Sends one command through the safety gate.
     *
     * @param targetRad one target per joint, radians, config order (Not modified)
     * @return what the gate did; {@link GateOutcome#REJECTED} if the command was dropped. Only a
     *         {@linkplain GateOutcome#isFreshCommand() fresh} outcome is written and feeds the watchdog:
     *         a held (non-finite) command is not sent, so a source that keeps sending NaN trips it
     */
    public synchronized GateOutcome command(double[] targetRad, long nowNanos) {
        if (targetRad.length != requested.length) {
            throw new IllegalArgumentException("expected " + requested.length + " joint targets, got " + targetRad.length);
        }
        if (state != BridgeState.ACTIVE && state != BridgeState.WATCHDOG_HOLD && state != BridgeState.MOVING_TO_START) {
            dropped++;
            return GateOutcome.REJECTED;
        }
        for (int k = 0; k < requested.length; k++) {
            requested[k] = injured.override(k, targetRad[k]);
        }
        if (startMove.pending()) {
            return startMoveTarget(nowNanos);
        }
        GateOutcome outcome = gate.apply(requested, safe);
        lastOutcome = outcome;
        if (!outcome.isFreshCommand()) {
            dropped++;
            return outcome;
        }
        if (write(safe)) {
            watchdog.feed(nowNanos);
            state = BridgeState.ACTIVE;
            sent++;
        }
        return outcome;
    }

    /** During the start move a command only sets its target ({@link #tick} moves the goals). */
    private GateOutcome startMoveTarget(long nowNanos) {
        if (!startMove.target(requested)) {
            dropped++;
            lastOutcome = GateOutcome.HELD_NON_FINITE;
            return lastOutcome;
        }
        watchdog.feed(nowNanos);
        state = BridgeState.MOVING_TO_START;
        sent++;
        lastOutcome = GateOutcome.RATE_LIMITED;
        return lastOutcome;
    }

    /**
     * Reads joint state into {@code out} (Modified) at {@code nowNanos}; a watchdog hold within
     * {@link BridgeSettings#watchdogTimeoutNanos()} of it holds this measured pose.
     *
     * @return false on timeout, disconnect or when closed
     */
    public synchronized boolean readState(JointStateSample out, long nowNanos) {
        if (!readState(out)) {
            return false;
        }
        measuredRead(nowNanos);
        return true;
    }

    /**
     * Reads joint state into {@code out} (Modified) without a time: a watchdog hold then holds the
     * last safe command, not this reading. Prefer {@link #readState(JointStateSample, long)}.
     *
     * @return false on timeout, disconnect or when closed
     */
    public synchronized boolean readState(JointStateSample out) {
        if (state == BridgeState.CLOSED || state == BridgeState.DISCONNECTED) {
            return false;
        }
        try {
            if (!bus.readState(out)) {
                return false;
            }
            measured.copyFrom(out);
            hasMeasured = true;
            measuredTimed = false;
            return true;
        } catch (ServoException e) {
            fail(e);
            return false;
        }
    }

    /**
     * Runs the watchdog, the fault-register poll (every {@link BridgeSettings#faultPollEveryTicks()}
     * calls while torque is on) and the reconnect loop; call every control cycle (and when idle).
     */
    public synchronized void tick(long nowNanos) {
        if (state == BridgeState.DISCONNECTED) {
            if (nowNanos - lastReconnectNanos >= settings.reconnectIntervalNanos()) {
                lastReconnectNanos = nowNanos;
                if (bus.reconnect()) {
                    reconnects++;
                    state = BridgeState.IDLE;
                    torqueOffQuietly();
                }
            }
            return;
        }
        if ((state == BridgeState.ACTIVE || state == BridgeState.MOVING_TO_START) && watchdog.expired(nowNanos)) {
            trips++;
            if (settings.watchdogAction() == WatchdogAction.TORQUE_OFF) {
                state = BridgeState.WATCHDOG_TORQUE_OFF;
                torqueOffQuietly();
            } else {
                state = BridgeState.WATCHDOG_HOLD;
                hold(nowNanos);
            }
        }
        if (state == BridgeState.MOVING_TO_START) {
            stepStartMove(nowNanos);
            return;
        }
        pollFaults();
    }

    /**
     * One step of the start move: every servo's fault registers are read, the last measurement (if taken
     * after the last goal write) must be within the tolerance of that goal, then the goals advance.
     */
    private void stepStartMove(long nowNanos) {
        List<BusFault> found;
        try {
            found = bus.readFaults();
        } catch (ServoException e) {
            fail(e);
            return;
        }
        if (!found.isEmpty()) {
            abortStartMove(describe(found));
            return;
        }
        injured.limp(limp);
        String error = measuredTimed && measuredAtNanos >= lastGoalWriteNanos
                ? startMove.trackingError(measured.positionRad, limp) : null;
        if (error != null) {
            abortStartMove(List.of(error));
            return;
        }
        if (startMove.step(nowNanos) && write(startMove.goal())) {
            lastGoalWriteNanos = nowNanos;
            gate.reset(startMove.goal());
        }
        if (!startMove.pending() && state == BridgeState.MOVING_TO_START) {
            state = BridgeState.ACTIVE;
        }
    }

    private void abortStartMove(List<String> why) {
        startMove.cancel();
        faults = why;
        lastError = "start move aborted, torque off: " + String.join("; ", why);
        state = BridgeState.FAULT;
        torqueOffQuietly();
    }

    private void pollFaults() {
        if (settings.faultPollEveryTicks() == 0
                || (state != BridgeState.ACTIVE && state != BridgeState.WATCHDOG_HOLD)
                || ++ticksSinceFaultPoll < settings.faultPollEveryTicks()) {
            return;
        }
        ticksSinceFaultPoll = 0;
        List<BusFault> found;
        try {
            found = bus.readFaults();
        } catch (ServoException e) {
            fail(e);
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        faults = describe(found);
        lastError = "fault, torque off: " + String.join("; ", faults);
        state = BridgeState.FAULT;
        torqueOffQuietly();
    }

    /** Latching emergency stop: torque off now; commands are dropped until {@link #enable}. */
    public synchronized void estop() {
        startMove.cancel();
        state = state == BridgeState.CLOSED ? state : BridgeState.ESTOPPED;
        torqueOffQuietly();
    }

    /**
     * Injects damage (replacing earlier damage), e.g. {@code "lock:left-front-knee,weak:rf_hip_flex_joint=0.3"};
     * {@code "none"} clears it. A locked joint keeps the angle measured now.
     *
     * @throws IllegalArgumentException for an unknown kind or joint, with the known names
     * @throws ServoException if the bus refuses or cannot weaken a joint
     */
    public synchronized void injectDamage(String spec) throws ServoException {
        List<Damage> parsed = DamageSpec.parse(spec, config);
        clearDamage();
        injured.set(parsed);
        if (state == BridgeState.ACTIVE || state == BridgeState.WATCHDOG_HOLD || state == BridgeState.MOVING_TO_START) {
            applyDamage();
        }
    }

    /**
     * Runs the pre-flight check ({@link Preflight}) on this bridge's bus. It only reads; torque must be off.
     *
     * @param clockNanos monotonic clock for the timed read cycles (real time on a real bus)
     * @throws IllegalStateException while torque is on (state ACTIVE or WATCHDOG_HOLD) or when closed
     */
    public synchronized PreflightReport preflight(Optional<PreflightModel> model, PreflightSettings preflightSettings,
                                                  LongSupplier clockNanos) {
        if (state == BridgeState.ACTIVE || state == BridgeState.WATCHDOG_HOLD || state == BridgeState.MOVING_TO_START
                || state == BridgeState.CLOSED) {
            throw new IllegalStateException("the pre-flight check runs with torque off, but the bridge is " + state);
        }
        return new Preflight(bus, config, model, preflightSettings, clockNanos).run();
    }

    /** Current status snapshot. */
    public synchronized BridgeStatus status() {
        return new BridgeStatus(state, lastOutcome, sent, dropped, trips, reconnects,
                injured.specs(), lastError, bus.counters(), faults);
    }

    /**
     * Reads every servo's temperature and supply voltage (one bus transaction on Dynamixel, one READ per servo
     * on Feetech); allocates.
     *
     * @return one entry per joint, or empty if the protocol has none, the bus is gone or the read failed
     *         (then {@link BridgeStatus#lastError()} says why)
     */
    public synchronized List<ServoTelemetry> readTelemetry() {
        if (state == BridgeState.CLOSED || state == BridgeState.DISCONNECTED) {
            return List.of();
        }
        try {
            return bus.readTelemetry();
        } catch (ServoException e) {
            fail(e);
            return List.of();
        }
    }

    /** Errors attributed to each joint's servo so far (see {@link ServoBus#errorsPerJoint()}); a copy. */
    public synchronized long[] errorsPerJoint() {
        return bus.errorsPerJoint();
    }

    public BridgeSettings settings() {
        return settings;
    }

    public synchronized BridgeState state() {
        return state;
    }

    /** Torque off (confirmed by one round trip), port closed, shutdown hook removed. Idempotent. */
    @Override
    public synchronized void close() {
        if (state == BridgeState.CLOSED) {
            return;
        }
        torqueOffQuietly();
        try {
            // a round trip after the torque-off proves it left the adapter before the port closes
            bus.ping(config.joints().get(0).id());
        } catch (ServoException e) {
            fail(e);
        }
        state = BridgeState.CLOSED;
        bus.close();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook itself is running
            }
            hook = null;
        }
    }

    private void applyDamage() throws ServoException {
        injured.apply(bus, hasMeasured ? measured.positionRad : safe, config);
    }

    private void clearDamage() throws ServoException {
        injured.clear(bus, state == BridgeState.ACTIVE || state == BridgeState.WATCHDOG_HOLD
                || state == BridgeState.MOVING_TO_START);
    }

    /**
     * Holds where the robot is if the measured pose is fresh (read within the watchdog timeout),
     * else the last safe command; either way through the gate (clamp, rate limit from the last safe
     * command, locked joints kept).
     */
    private void hold(long nowNanos) {
        if (!gate.lastSafe(requested)) {
            return;
        }
        boolean fresh = hasMeasured && measuredTimed && nowNanos - measuredAtNanos <= settings.watchdogTimeoutNanos();
        for (int k = 0; k < requested.length; k++) {
            requested[k] = injured.override(k, fresh ? measured.positionRad[k] : requested[k]);
        }
        if (gate.apply(requested, safe).isFreshCommand()) {
            write(safe);
        }
    }

    private List<String> describe(List<BusFault> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (BusFault f : found) {
            lines.add(f.description() + jointOfId(f.id()));
        }
        return List.copyOf(lines);
    }

    private String jointOfId(int id) {
        for (var j : config.joints()) {
            if (j.id() == id) {
                return " (" + j.name() + ")";
            }
        }
        return "";
    }

    private void measuredRead(long nowNanos) {
        hasMeasured = true;
        measuredTimed = true;
        measuredAtNanos = nowNanos;
    }

    private boolean write(double[] targets) {
        try {
            bus.writePositions(targets);
            return true;
        } catch (ServoException e) {
            fail(e);
            return false;
        }
    }

    private void fail(ServoException e) {
        lastError = e.getMessage();
        if (e instanceof ServoDisconnectedException && state != BridgeState.CLOSED) {
            state = BridgeState.DISCONNECTED;
        }
    }

    private void torqueOffQuietly() {
        try {
            if (bus.connected()) {
                bus.setTorque(false);
            }
        } catch (ServoException e) {
            fail(e);
        }
    }

    private void installHook() {
        if (settings.installShutdownHook() && hook == null) {
            hook = new Thread(this::close, "servo-bridge-torque-off");
            bus.addShutdownHook(hook);
        }
    }
}
