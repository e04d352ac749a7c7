package io.hebbian.ros2.mock;

import com.fasterxml.jackson.databind.JsonNode;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.policy.CommandFormat;
import io.hebbian.ros2.sim.CommandLatch;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A loop-back fake robot for wiring tests: no physics, no hardware. Each {@link #tick} takes the newest
 * position command, moves the joints one period along a {@link FirstOrderLag} towards it and publishes a
 * level, still IMU ({@code /imu/data}: identity orientation, zero angular velocity, +9.81 m/s² on z) and
 * {@code /joint_states} (positions, and velocities as their change over the period), stamped with ROS
 * (wall) time; for a model that reads foot contacts also {@code /foot_contacts}, every foot on the ground
 * (1 per leg, in the model's order: the policy node's default {@code contact_legs}), between the two.
 * The joints are the model's: the commanded ones in the model's action order, then joints the model
 * only observes (they hold still); all start in the middle of their range. A trajectory command moves
 * the joints it names; the others keep their targets. Commands of the wrong
 * length or naming other joints are dropped and counted; a non-finite target leaves that joint's target
 * unchanged. The lag advances by the nominal period per tick, whatever the wall clock did.
 */
public final class MockRobotNode implements AutoCloseable {

    /** Standard gravity as the observation spec scales it (1 g → 1), m/s². */
    public static final double GRAVITY_MPS2 = 9.81;
    /** Name of the node's {@code DiagnosticStatus}. */
    public static final String DIAGNOSTICS_NAME = "hebbian_mock_robot";

    private static final int DIAGNOSTICS_EVERY_TICKS = 50;

    private final List<String> jointNames;
    private final List<String> contactLegs;
    private final int commandedJoints;
    private final long periodNanos;
    private final MockRobotConfig config;
    private final Transport transport;
    private final LongSupplier rosTimeNanos;
    private final Consumer<String> log;
    private final FirstOrderLag joints;
    private final CommandLatch commands;
    private final double[] command;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private TopicPublisher<JointStateMessage> jointStates;
    private TopicPublisher<ImuSample> imu;
    private TopicPublisher<double[]> footContacts;
    private TopicPublisher<Diagnostics> diagnostics;
    private long ticks;
    private long nonFiniteTargets;

    /**
     * @param jointNames      published joints: the {@code commandedJoints} commanded ones first, in command order
     * @param startRad        start positions, radians, per joint (Not modified)
     * @param commandedJoints how many of {@code jointNames} the commands address
     * @param contactLegs     legs whose foot contacts are published (all 1), in message order; empty: no contacts
     * @param periodNanos     publishing period and lag step, nanoseconds; positive
     * @param rosTimeNanos    ROS time for header stamps, nanoseconds since the epoch
     */
    public MockRobotNode(List<String> jointNames, double[] startRad, int commandedJoints, List<String> contactLegs,
                         long periodNanos, MockRobotConfig config, Transport transport, LongSupplier rosTimeNanos,
                         Consumer<String> log) {
        if (startRad.length != jointNames.size() || commandedJoints < 1 || commandedJoints > jointNames.size()) {
            throw new IllegalArgumentException("expected one start position per joint and 1.." + jointNames.size()
                    + " commanded joints, got " + startRad.length + " positions for " + jointNames.size()
                    + " joints and " + commandedJoints + " commanded");
        }
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + periodNanos + " ns");
        }
        this.jointNames = List.copyOf(jointNames);
        this.commandedJoints = commandedJoints;
        this.contactLegs = List.copyOf(contactLegs);
        this.periodNanos = periodNanos;
        this.config = config;
        this.transport = transport;
        this.rosTimeNanos = rosTimeNanos;
        this.log = log;
        this.joints = new FirstOrderLag(startRad, config.timeConstantSeconds());
        this.commands = new CommandLatch("mock robot", this.jointNames.subList(0, commandedJoints),
                Arrays.copyOf(startRad, commandedJoints), log);
        this.command = new double[commandedJoints];
    }

    /**
     * The mock of a model's robot: its action joints, then joints only its observation reads, each starting in
     * the middle of its range (an observed-only joint without a position channel at 0); the foot contacts the
     * model reads; the period is {@code rate_hz}, else the model's {@code physics.controlPeriodSeconds}.
     *
     * @throws FormatException if the model lacks action or observation specs, or a period
     */
    public static MockRobotNode forModel(PolicyModel model, MockRobotConfig config, Transport transport,
                                         LongSupplier rosTimeNanos, Consumer<String> log) throws FormatException {
        ActionSpec act = model.requireAction();
        RobotDeployment.require(model, config.model().toString());
        ObservationSpec obs = model.requireObservation();
        List<String> names = new ArrayList<>(act.jointNames());
        List<Double> start = new ArrayList<>();
        for (JointLimits j : act.joints()) {
            start.add(j.midRad());
        }
        for (String j : obs.jointNames()) {
            if (!names.contains(j)) {
                names.add(j);
                start.add(observedStart(obs, j));
            }
        }
        double[] startRad = start.stream().mapToDouble(Double::doubleValue).toArray();
        return new MockRobotNode(names, startRad, act.size(), obs.contactLegs(), periodNanos(model, config), config,
                transport, rosTimeNanos, log);
    }

    private static double observedStart(ObservationSpec obs, String joint) {
        for (ObservationChannel c : obs.channels()) {
            if (c.source() == ObservationChannel.Source.JOINT_POSITION && c.joint().equals(joint)) {
                return 0.5 * (c.lowerRad() + c.upperRad());
            }
        }
        return 0;
    }

    private static long periodNanos(PolicyModel model, MockRobotConfig config) throws FormatException {
        if (config.rateHz() > 0) {
            return Math.round(1e9 / config.rateHz());
        }
        JsonNode p = model.physics().get("controlPeriodSeconds");
        if (p == null || !p.isNumber() || !(p.doubleValue() > 0)) {
            throw new FormatException(config.model() + ": no physics.controlPeriodSeconds in the model; "
                    + "set parameter 'rate_hz'");
        }
        return Math.round(p.doubleValue() * 1e9);
    }

    /** Creates the publishers and subscribes the commands. */
    public synchronized void start() {
        jointStates = transport.publisher(MessageType.JOINT_STATE, config.jointStatesTopic(), Qos.RELIABLE);
        imu = transport.publisher(MessageType.IMU, config.imuTopic(), Qos.RELIABLE);
        diagnostics = transport.publisher(MessageType.DIAGNOSTICS, config.diagnosticsTopic(), Qos.RELIABLE);
        if (!contactLegs.isEmpty()) {
            footContacts = transport.publisher(MessageType.FLOAT64_ARRAY, config.footContactsTopic(), Qos.RELIABLE);
        }
        if (config.commandFormat() == CommandFormat.FLOAT64_MULTI_ARRAY) {
            subscriptions.add(transport.subscribe(MessageType.FLOAT64_ARRAY, config.commandTopic(), Qos.RELIABLE,
                    commands::acceptArray));
        } else {
            subscriptions.add(transport.subscribe(MessageType.JOINT_TRAJECTORY, config.commandTopic(), Qos.RELIABLE,
                    commands::acceptTrajectory));
        }
        log.accept(String.format(Locale.ROOT, "mock robot: %d joints %s, %.2f Hz, time constant %.3f s, "
                        + "commands on %s (%s)", jointNames.size(), jointNames, 1e9 / periodNanos,
                config.timeConstantSeconds(), config.commandTopic(),
                config.commandFormat().name().toLowerCase(Locale.ROOT)));
        if (footContacts != null) {
            log.accept("mock robot: foot contacts " + contactLegs + " on " + config.footContactsTopic()
                    + ": all on the ground");
        }
    }

    /** Applies the newest command, advances one period and publishes IMU, foot contacts (if any), then joint states. */
    public synchronized void tick() {
        if (commands.copy(command)) {
            for (int k = 0; k < commandedJoints; k++) {
                if (!joints.setTarget(k, command[k])) {
                    nonFiniteTargets++;
                }
            }
        }
        joints.step(periodNanos / 1e9);
        ticks++;
        long stamp = rosTimeNanos.getAsLong();
        ImuSample level = new ImuSample();
        level.linearAccelerationMps2[2] = GRAVITY_MPS2;
        level.stampNanos = stamp;
        imu.publish(level);
        if (footContacts != null) {
            double[] standing = new double[contactLegs.size()];
            Arrays.fill(standing, 1.0);
            footContacts.publish(standing);
        }
        double[] q = new double[joints.size()];
        double[] v = new double[joints.size()];
        joints.copyPositions(q);
        joints.copyVelocities(v);
        jointStates.publish(JointStateMessage.of(stamp, jointNames, q, v));
        if (ticks % DIAGNOSTICS_EVERY_TICKS == 0) {
            publishDiagnostics(stamp);
        }
    }

    private void publishDiagnostics(long stamp) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ticks", Long.toString(ticks));
        v.put("commands", Long.toString(commands.sequence()));
        v.put("commands_rejected", Long.toString(commands.rejected()));
        v.put("non_finite_targets", Long.toString(nonFiniteTargets));
        v.put("max_error_rad", String.format(Locale.ROOT, "%.6f", joints.maxErrorRad()));
        boolean warn = commands.rejected() > 0 || nonFiniteTargets > 0;
        String message = commands.sequence() == 0 ? "no command yet: holding the start pose"
                : commands.rejected() > 0 ? "last rejected command: " + commands.lastError() : "following commands";
        diagnostics.publish(new Diagnostics(stamp, DIAGNOSTICS_NAME, warn ? Diagnostics.Level.WARN : Diagnostics.Level.OK,
                message, v));
    }

    /** Published joint names: commanded joints first. */
    public List<String> jointNames() {
        return jointNames;
    }

    /** Legs of the foot-contacts message (empty: none published). */
    public List<String> contactLegs() {
        return contactLegs;
    }

    public long periodNanos() {
        return periodNanos;
    }

    public synchronized long ticks() {
        return ticks;
    }

    /** Commands accepted so far. */
    public long commandsReceived() {
        return commands.sequence();
    }

    /** Commands dropped (wrong length, other joint names). */
    public long commandsRejected() {
        return commands.rejected();
    }

    /** Joint {@code k}'s position, radians. */
    public synchronized double positionRad(int k) {
        return joints.positionRad(k);
    }

    /** Joint {@code k}'s current target, radians. */
    public synchronized double targetRad(int k) {
        return joints.targetRad(k);
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                log.accept("mock robot: closing a subscription failed: " + e.getMessage());
            }
        }
        subscriptions.clear();
    }
}
