package io.hebbian.ros2.servo;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bridge.BridgeState;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.policy.CommandFormat;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.FormatException;
import io.hebbian.firmware.preflight.PreflightModel;
import io.hebbian.firmware.preflight.PreflightReport;
import io.hebbian.firmware.preflight.PreflightSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The serial servo bridge as a ROS 2 node. Each {@link #tick} reads the servos, publishes
 * {@code /joint_states} and runs the bridge's watchdog; commands are written as they arrive, through
 * the bridge's safety gate. Torque on/off and damage injection come in on their own topics.
 * The servos carry no IMU: the robot's IMU driver publishes {@code /imu/data}. Commands whose length
 * (or joint names) do not match the bridge's joints are dropped: the first one is logged with
 * expected and received sizes, all are counted ({@code commands_wrong_length} in diagnostics).
 * Header stamps come from the injected ROS clock; the watchdog runs on the monotonic clock.
 */
public final class ServoBridgeNode implements AutoCloseable {

    private static final int DIAGNOSTICS_EVERY_TICKS = 50;
    /** Read cycles the pre-flight check times before each torque on. */
    private static final int PREFLIGHT_CYCLES = 20;

    private final ServoBridge bridge;
    private final List<String> joints;
    private final ServoBridgeConfig config;
    private final Transport transport;
    private final LongSupplier clockNanos;
    private final LongSupplier rosTimeNanos;
    private final Consumer<String> log;
    private final JointStateSample sample;
    private final double[] command;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private TopicPublisher<JointStateMessage> jointStates;
    private TopicPublisher<Diagnostics> diagnostics;
    private long ticks;
    private long readFailures;
    private long rejectedCommands;
    private long wrongLengthCommands;
    private String lastEvent = "started";
    private Optional<PreflightModel> preflightModel = Optional.empty();
    private String preflightResult = "not run";
    private double cycleRateHz = Double.NaN;
    private long windowStartNanos;
    private long windowStartTicks;

    /**
     * @param bridge     the serial bridge (owned by this node: closed with it)
     * @param joints     joint names in the bridge's (config) order
     * @param clockNanos   monotonic clock for the watchdog, nanoseconds
     * @param rosTimeNanos ROS time for header stamps, nanoseconds since the epoch (e.g. {@link
     *                     io.hebbian.ros2.run.WallClock#system()})
     */
    public ServoBridgeNode(ServoBridge bridge, List<String> joints, ServoBridgeConfig config, Transport transport,
                           LongSupplier clockNanos, LongSupplier rosTimeNanos, Consumer<String> log) {
        this.bridge = bridge;
        this.joints = List.copyOf(joints);
        this.config = config;
        this.transport = transport;
        this.clockNanos = clockNanos;
        this.rosTimeNanos = rosTimeNanos;
        this.log = log;
        this.sample = new JointStateSample(joints.size());
        this.command = new double[joints.size()];
    }

    /**
     * Loads the model for the pre-flight check (if {@code model} is set), creates topics and enables torque if
     * {@code torque_on_start} (after the pre-flight check).
     *
     * @throws IOException    the model cannot be read
     * @throws ServoException torque on at start refused (a pre-flight blocker) or failed
     */
    public void start() throws ServoException, IOException {
        if (!config.model().isBlank()) {
            try {
                preflightModel = Optional.of(PreflightModel.of(ModelFile.read(Path.of(config.model())), config.model()));
            } catch (FormatException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        jointStates = transport.publisher(MessageType.JOINT_STATE, config.jointStatesTopic(), Qos.RELIABLE);
        diagnostics = transport.publisher(MessageType.DIAGNOSTICS, config.diagnosticsTopic(), Qos.RELIABLE);
        if (config.commandFormat() == CommandFormat.FLOAT64_MULTI_ARRAY) {
            subscriptions.add(transport.subscribe(MessageType.FLOAT64_ARRAY, config.commandTopic(), Qos.RELIABLE,
                    this::onArray));
        } else {
            subscriptions.add(transport.subscribe(MessageType.JOINT_TRAJECTORY, config.commandTopic(), Qos.RELIABLE,
                    this::onTrajectory));
        }
        subscriptions.add(transport.subscribe(MessageType.BOOL, config.torqueTopic(), Qos.RELIABLE, this::setTorque));
        subscriptions.add(transport.subscribe(MessageType.STRING, config.damageTopic(), Qos.RELIABLE, this::injectDamage));
        if (!config.damage().isBlank()) {
            bridge.injectDamage(config.damage());
        }
        if (config.torqueOnStart()) {
            enableAfterPreflight();
        }
        log.accept("servo bridge: " + joints.size() + " joints " + joints + ", torque "
                + (config.torqueOnStart() ? "on" : "off until " + config.torqueTopic() + " is true"));
    }

    /** Reads and publishes the joint state and runs the watchdog; call at {@code rate_hz}. */
    public synchronized void tick() {
        long now = clockNanos.getAsLong();
        if (ticks == 0) {
            windowStartNanos = now;
            windowStartTicks = 1;
        }
        ticks++;
        if (bridge.readState(sample, now)) {
            jointStates.publish(JointStateMessage.of(rosTimeNanos.getAsLong(), joints, sample.positionRad.clone(),
                    sample.velocityRadPerSec.clone()));
        } else {
            readFailures++;
        }
        BridgeState before = bridge.state();
        bridge.tick(now);
        if (bridge.state() == BridgeState.FAULT && before != BridgeState.FAULT) {
            event(bridge.status().lastError());
        }
        if (ticks % DIAGNOSTICS_EVERY_TICKS == 0) {
            if (now > windowStartNanos) {
                cycleRateHz = (ticks - windowStartTicks) * 1e9 / (now - windowStartNanos);
            }
            windowStartNanos = now;
            windowStartTicks = ticks;
            publishDiagnostics();
        }
    }

    private synchronized void onArray(double[] targetsRad) {
        if (targetsRad.length != command.length) {
            wrongLength("expected " + command.length + " values (one per joint " + joints + "), got "
                    + targetsRad.length);
            return;
        }
        send(targetsRad);
    }

    private synchronized void onTrajectory(JointCommand c) {
        if (!c.jointNames().containsAll(joints) || c.jointNames().size() != joints.size()) {
            wrongLength("expected the " + joints.size() + " joints " + joints + ", got " + c.jointNames().size()
                    + " joints " + c.jointNames());
            return;
        }
        for (int k = 0; k < joints.size(); k++) {
            command[joints.indexOf(c.jointNames().get(k))] = c.positionsRad()[k];
        }
        send(command);
    }

    private void send(double[] targetsRad) {
        GateOutcome outcome = bridge.command(targetsRad, clockNanos.getAsLong());
        if (!outcome.isFreshCommand()) {
            rejectedCommands++;
        }
    }

    private void wrongLength(String what) {
        rejectedCommands++;
        wrongLengthCommands++;
        lastEvent = "command of the wrong length dropped: " + what;
        if (wrongLengthCommands == 1) {
            log.accept("servo bridge: command of the wrong length dropped: " + what
                    + " (further ones are only counted: commands_wrong_length in diagnostics)");
        }
    }

    /** Torque on (enable: re-reads the pose, resets the gate) or off (latching e-stop). */
    public synchronized void setTorque(boolean on) {
        try {
            if (on) {
                enableAfterPreflight();
            } else {
                bridge.estop();
            }
            event("torque " + (on ? "on" : "off (e-stop)"));
        } catch (ServoException | RuntimeException e) {
            event("torque on failed: " + e.getMessage());
        }
    }

    /**
     * Runs the pre-flight check (unless {@code preflight} is false or torque is already on), then enables torque.
     * The timed read cycles of the check run on the real monotonic clock: they measure the real bus.
     *
     * @throws ServoException with the blockers if the check found any (torque stays off), or if enabling failed
     */
    private void enableAfterPreflight() throws ServoException {
        BridgeState s = bridge.state();
        if (config.preflight() && s != BridgeState.ACTIVE && s != BridgeState.WATCHDOG_HOLD
                && s != BridgeState.MOVING_TO_START) {
            PreflightReport r = bridge.preflight(preflightModel, PreflightSettings.defaults()
                    .withCycles(PREFLIGHT_CYCLES).withBridgeRateHz(config.rateHz()), System::nanoTime);
            r.lines().forEach(l -> log.accept("servo bridge: pre-flight: " + l));
            List<String> blockers = r.blockers().stream().map(f -> f.check() + ": " + f.message()).toList();
            preflightResult = blockers.isEmpty() ? "ok" : blockers.size() + " blocker(s)";
            if (!blockers.isEmpty()) {
                throw new ServoException("torque stays off: the pre-flight check found " + blockers.size()
                        + " blocker(s): " + String.join(" | ", blockers));
            }
        }
        bridge.enable(clockNanos.getAsLong());
    }

    /** Injects a damage spec ({@code none} clears it); errors are reported, not thrown. */
    public synchronized void injectDamage(String spec) {
        try {
            bridge.injectDamage(spec);
            event("damage '" + spec + "' applied");
        } catch (ServoException | RuntimeException e) {
            event("damage '" + spec + "' rejected: " + e.getMessage());
        }
    }

    private void event(String what) {
        lastEvent = what;
        log.accept("servo bridge: " + what);
        publishDiagnostics();
    }

    private void publishDiagnostics() {
        diagnostics.publish(ServoBridgeDiagnostics.build(bridge, joints, config,
                new ServoBridgeDiagnostics.NodeCounters(cycleRateHz, readFailures, rejectedCommands,
                        wrongLengthCommands, lastEvent, preflightResult), rosTimeNanos.getAsLong()));
    }

    public ServoBridge bridge() {
        return bridge;
    }

    /** Torque off, port closed. */
    @Override
    public synchronized void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                log.accept("servo bridge: closing a subscription failed: " + e.getMessage());
            }
        }
        subscriptions.clear();
        bridge.close();
    }
}
