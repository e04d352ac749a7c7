package io.hebbian.ros2.sim;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.policy.CommandFormat;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.sim.env.ControlMode;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ode4j simulator as a ROS 2 robot: each {@link #step} applies the newest position command,
 * advances one control period and publishes {@code /imu/data}, {@code /foot_contacts}, {@code /clock}
 * and {@code /joint_states} (in that order) from the simulated sensors, stamped with simulated time.
 * Foot contacts are one value per leg in the robot's leg order ({@link RobotDescription#legNames()}):
 * 1 if the foot touched the ground during the last control step, else 0, as the env's observation reads them.
 * Before the first command the servos hold the initial pose. A damage spec on the damage topic
 * rebuilds the robot and restarts the episode. Time is the simulator's own: callers decide how
 * fast to call {@link #step} (see {@link SimBridgeRunner}).
 */
public final class SimBridgeNode implements AutoCloseable {

    private static final int DIAGNOSTICS_EVERY_STEPS = 50;

    private final RobotDescription robot;
    private final SimSettings settings;
    private final SimBridgeConfig config;
    private final Transport transport;
    private final Consumer<String> log;
    private final CommandLatch commands;
    private final List<String> jointNames;
    private final double[] targets;
    private final double[] action;
    private final double[] contacts;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private TopicPublisher<JointStateMessage> jointStates;
    private TopicPublisher<ImuSample> imu;
    private TopicPublisher<double[]> footContacts;
    private TopicPublisher<Long> clock;
    private TopicPublisher<Diagnostics> diagnostics;
    private QuadrupedEnv env;
    private volatile String pendingDamage;
    private long simTimeNanos;
    private long steps;
    private long episodes;
    private long publishedAfterSequence;

    /**
     * @param robot    the intact robot
     * @param settings physics settings (e.g. the model's {@code physics} section), position control
     * @throws IllegalArgumentException for torque control: the bridge takes joint position commands
     */
    public SimBridgeNode(RobotDescription robot, SimSettings settings, SimBridgeConfig config, Transport transport,
                         Consumer<String> log) {
        if (settings.control() != ControlMode.POSITION) {
            throw new IllegalArgumentException("the sim bridge takes joint position commands; it cannot run "
                    + settings.control().id() + " control");
        }
        this.robot = robot;
        this.settings = config.episodeSteps() > 0 ? settings : settings.withEpisodeSteps(Integer.MAX_VALUE);
        this.config = config;
        this.transport = transport;
        this.log = log;
        this.jointNames = robot.jointNames();
        this.commands = new CommandLatch("sim bridge", jointNames, log);
        this.targets = new double[jointNames.size()];
        this.action = new double[jointNames.size()];
        this.contacts = new double[robot.legNames().size()];
        this.env = newEnv(Morphology.parse(config.damage()));
    }

    private QuadrupedEnv newEnv(Morphology morphology) {
        return new QuadrupedEnv(robot, morphology, settings, robot.defaultObservation());
    }

    /** Subscribes commands and damage, resets the episode and publishes the first sensor readings. */
    public synchronized void start() {
        jointStates = transport.publisher(MessageType.JOINT_STATE, config.jointStatesTopic(), Qos.RELIABLE);
        imu = transport.publisher(MessageType.IMU, config.imuTopic(), Qos.RELIABLE);
        footContacts = transport.publisher(MessageType.FLOAT64_ARRAY, config.footContactsTopic(), Qos.RELIABLE);
        clock = transport.publisher(MessageType.CLOCK, config.clockTopic(), Qos.RELIABLE);
        diagnostics = transport.publisher(MessageType.DIAGNOSTICS, config.diagnosticsTopic(), Qos.RELIABLE);
        if (config.commandFormat() == CommandFormat.FLOAT64_MULTI_ARRAY) {
            subscriptions.add(transport.subscribe(MessageType.FLOAT64_ARRAY, config.commandTopic(), Qos.RELIABLE,
                    commands::acceptArray));
        } else {
            subscriptions.add(transport.subscribe(MessageType.JOINT_TRAJECTORY, config.commandTopic(), Qos.RELIABLE,
                    commands::acceptTrajectory));
        }
        subscriptions.add(transport.subscribe(MessageType.STRING, config.damageTopic(), Qos.RELIABLE,
                spec -> pendingDamage = spec));
        resetEpisode();
        log.accept(String.format(Locale.ROOT, "sim bridge: %s (%d joints), damage %s, %.4f s per step, "
                        + "foot contacts %s on %s", robot.name(), jointNames.size(), env.morphology().name(),
                settings.controlPeriodSeconds(), robot.legNames(), config.footContactsTopic()));
    }

    /** Requests a damage change, applied at the next step (restarts the episode). */
    public void injectDamage(String spec) {
        pendingDamage = spec;
    }

    /** Applies the newest command, advances one control period and publishes the sensors. */
    public synchronized void step() {
        String damage = pendingDamage;
        if (damage != null) {
            pendingDamage = null;
            applyDamage(damage);
            return;
        }
        ActionSpec spec = env.actionSpec();
        if (commands.copy(targets)) {
            for (int k = 0; k < targets.length; k++) {
                action[k] = spec.toAction(k, targets[k]);
            }
        } else {
            java.util.Arrays.fill(action, Double.NaN); // hold the initial pose
        }
        env.step(action);
        steps++;
        simTimeNanos += Math.round(settings.controlPeriodSeconds() * 1e9);
        if (config.episodeSteps() > 0 && env.stepCount() >= config.episodeSteps()) {
            publishDiagnostics("episode ended");
            resetEpisode();
            return;
        }
        publishState();
        if (steps % DIAGNOSTICS_EVERY_STEPS == 0) {
            publishDiagnostics("running");
        }
    }

    private void applyDamage(String spec) {
        try {
            QuadrupedEnv next = newEnv(Morphology.parse(spec));
            env.close();
            env = next;
            log.accept("sim bridge: damage " + env.morphology().name() + " applied; episode restarted");
            resetEpisode();
        } catch (IllegalArgumentException e) {
            log.accept("sim bridge: damage '" + spec + "' rejected: " + e.getMessage());
            publishDiagnostics("damage '" + spec + "' rejected: " + e.getMessage());
        }
    }

    private void resetEpisode() {
        env.reset(config.seed() + episodes);
        episodes++;
        publishState();
        publishDiagnostics("episode " + episodes + " started");
    }

    private void publishState() {
        publishedAfterSequence = commands.sequence();
        ImuSample s = env.latestImu();
        long stamp = simTimeNanos;
        ImuSample out = new ImuSample();
        out.copyFrom(s);
        out.stampNanos = stamp;
        imu.publish(out);
        env.footContacts(contacts);
        footContacts.publish(contacts.clone());
        clock.publish(stamp);
        JointStateSample j = env.latestJointState();
        jointStates.publish(JointStateMessage.of(stamp, jointNames, j.positionRad.clone(), j.velocityRadPerSec.clone()));
    }

    private void publishDiagnostics(String message) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("distance_m", String.format(Locale.ROOT, "%.4f", env.distanceM()));
        v.put("episode", Long.toString(episodes));
        v.put("episode_steps", Integer.toString(env.stepCount()));
        v.put("steps", Long.toString(steps));
        v.put("sim_time_s", String.format(Locale.ROOT, "%.3f", simTimeNanos / 1e9));
        v.put("damage", env.morphology().name());
        v.put("commands", Long.toString(commands.sequence()));
        v.put("commands_rejected", Long.toString(commands.rejected()));
        Diagnostics.Level level = commands.rejected() > 0 ? Diagnostics.Level.WARN : Diagnostics.Level.OK;
        String msg = commands.rejected() > 0 ? message + "; last rejected command: " + commands.lastError() : message;
        diagnostics.publish(new Diagnostics(simTimeNanos, "hebbian_sim_bridge", level, msg, v));
    }

    /**
     * Lockstep: waits until a command newer than the last published state arrives, at most
     * {@code timeoutNanos}; true if one came.
     */
    public boolean awaitCommand(long timeoutNanos) throws InterruptedException {
        long seen;
        synchronized (this) {
            seen = publishedAfterSequence;
        }
        return commands.awaitAfter(seen, timeoutNanos);
    }

    /** Torso displacement along +x in the current episode, metres. */
    public synchronized double distanceM() {
        return env.distanceM();
    }

    public synchronized long steps() {
        return steps;
    }

    public synchronized long simTimeNanos() {
        return simTimeNanos;
    }

    /** Commands accepted so far. */
    public long commandsReceived() {
        return commands.sequence();
    }

    public long controlPeriodNanos() {
        return Math.round(settings.controlPeriodSeconds() * 1e9);
    }

    public synchronized String damage() {
        return env.morphology().name();
    }

    /** Legs in the order of the foot-contacts message. */
    public List<String> legNames() {
        return robot.legNames();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                log.accept("sim bridge: closing a subscription failed: " + e.getMessage());
            }
        }
        subscriptions.clear();
        env.close();
    }
}
