package io.hebbian.firmware.bridge;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.safety.SafetyGate;
import io.hebbian.controller.safety.Watchdog;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoDisconnectedException;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.util.List;

/**
 * The safety layer between a controller and a {@link ServoBus}. Every command passes one
 * {@link SafetyGate} (non-finite hold, clamp to limits, rate limit); a software {@link Watchdog}
 * holds or drops torque when commands stop; the servos' own watchdog is armed as a second layer;
 * torque goes off on {@link #estop()}, {@link #close()}, JVM shutdown and disconnect. Damage
 * (lock / weak / limp) can be injected by joint or leg name.
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
    private BridgeState state = BridgeState.IDLE;
    private boolean hasMeasured;
    private GateOutcome lastOutcome;
    private long sent;
    private long dropped;
    private long trips;
    private long reconnects;
    private long lastReconnectNanos;
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
    }

    /**
     * Reads the pose, makes it the gate's reference, arms the hardware watchdog, turns torque on
     * (except limp joints) and starts the software watchdog. Also clears an e-stop.
     *
     * @throws ServoException if the servos cannot be read or refuse
     */
    public synchronized void enable(long nowNanos) throws ServoException {
        if (state == BridgeState.CLOSED) {
            throw new IllegalStateException("bridge is closed: build a new one");
        }
        if (!bus.readState(measured)) {
            throw new ServoException("no reply from the servos while enabling: check power, ids and baud rate");
        }
        hasMeasured = true;
        PoseCheck.requireInsideLimits(measured, config, settings.maxStepRad());
        gate.reset(measured.positionRad);
        gate.lastSafe(safe);
        bus.writePositions(safe);
        if (settings.hardwareWatchdogMillis() > 0) {
            bus.setHardwareWatchdog(settings.hardwareWatchdogMillis());
        }
        bus.setTorque(true);
        applyDamage();
        installHook();
        watchdog.feed(nowNanos);
        state = BridgeState.ACTIVE;
    }

    /**
     * Sends one command through the safety gate.
     *
     * @param targetRad one target per joint, radians, config order (Not modified)
     * @return what the gate did; {@link GateOutcome#REJECTED} if the command was dropped
     */
    public synchronized GateOutcome command(double[] targetRad, long nowNanos) {
        if (targetRad.length != requested.length) {
            throw new IllegalArgumentException("expected " + requested.length + " joint targets, got " + targetRad.length);
        }
        if (state != BridgeState.ACTIVE && state != BridgeState.WATCHDOG_HOLD) {
            dropped++;
            return GateOutcome.REJECTED;
        }
        for (int k = 0; k < requested.length; k++) {
            requested[k] = injured.override(k, targetRad[k]);
        }
        GateOutcome outcome = gate.apply(requested, safe);
        lastOutcome = outcome;
        if (outcome == GateOutcome.REJECTED) {
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

    /** Reads joint state into {@code out} (Modified); false on timeout, disconnect or when closed. */
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
            return true;
        } catch (ServoException e) {
            fail(e);
            return false;
        }
    }

    /** Runs the watchdog and the reconnect loop; call every control cycle (and when idle). */
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
        if (state == BridgeState.ACTIVE && watchdog.expired(nowNanos)) {
            trips++;
            if (settings.watchdogAction() == WatchdogAction.TORQUE_OFF) {
                state = BridgeState.WATCHDOG_TORQUE_OFF;
                torqueOffQuietly();
            } else {
                state = BridgeState.WATCHDOG_HOLD;
                hold();
            }
        }
    }

    /** Latching emergency stop: torque off now; commands are dropped until {@link #enable}. */
    public synchronized void estop() {
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
        if (state == BridgeState.ACTIVE || state == BridgeState.WATCHDOG_HOLD) {
            applyDamage();
        }
    }

    /** Current status snapshot. */
    public synchronized BridgeStatus status() {
        return new BridgeStatus(state, lastOutcome, sent, dropped, trips, reconnects,
                injured.specs(), lastError, bus.counters());
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
        injured.clear(bus, state == BridgeState.ACTIVE || state == BridgeState.WATCHDOG_HOLD);
    }

    private void hold() {
        if (!gate.lastSafe(safe)) {
            return;
        }
        if (hasMeasured) {
            for (int k = 0; k < safe.length; k++) {
                safe[k] = config.joints().get(k).limits().clamp(measured.positionRad[k]);
            }
            gate.reset(safe);
        }
        write(safe);
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
