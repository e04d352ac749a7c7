package io.hebbian.ros2.policy;

import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A policy node on the in-process transport with a fake clock, plus a scripted robot. */
final class PolicyHarness implements AutoCloseable {

    static final long MS = 1_000_000L;

    final AtomicLong clock = new AtomicLong(1_000 * MS);
    /** ROS (wall) time for header stamps: a different epoch from the monotonic {@link #clock}. */
    final AtomicLong rosTime = new AtomicLong(1_700_000_000_000_000_000L);
    final InprocTransport bus = new InprocTransport();
    final List<double[]> commands = new CopyOnWriteArrayList<>();
    final List<JointCommand> trajectories = new CopyOnWriteArrayList<>();
    final List<Diagnostics> diagnostics = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final PolicyNode node;
    final PolicyModel model;
    private final TopicPublisher<JointStateMessage> joints;
    private final TopicPublisher<ImuSample> imu;
    private final TopicPublisher<double[]> footContacts;

    PolicyHarness(Parameters params) throws Exception {
        this(TestModels.random(TestModels.ANT_JOINTS, "test-ant", 0.0165, 7), params);
    }

    PolicyHarness(PolicyModel model, Parameters params) throws Exception {
        this.model = model;
        PolicyNodeConfig cfg = PolicyNodeConfig.from(params.has("model") ? params : params.with("model", "test.json"));
        node = new PolicyNode(model, cfg, bus, new SplittableRandom(cfg.seed().orElse(1)), clock::get, rosTime::get, log::add);
        joints = bus.publisher(MessageType.JOINT_STATE, cfg.jointStatesTopic(), Qos.RELIABLE);
        imu = bus.publisher(MessageType.IMU, cfg.imuTopic(), Qos.RELIABLE);
        footContacts = bus.publisher(MessageType.FLOAT64_ARRAY, cfg.footContactsTopic(), Qos.RELIABLE);
        if (cfg.commandFormat() == CommandFormat.FLOAT64_MULTI_ARRAY) {
            bus.subscribe(MessageType.FLOAT64_ARRAY, cfg.commandTopic(), Qos.RELIABLE, commands::add);
        } else {
            bus.subscribe(MessageType.JOINT_TRAJECTORY, cfg.commandTopic(), Qos.RELIABLE, c -> {
                trajectories.add(c);
                commands.add(c.positionsRad());
            });
        }
        bus.subscribe(MessageType.DIAGNOSTICS, cfg.diagnosticsTopic(), Qos.RELIABLE, diagnostics::add);
        node.start();
    }

    /** Publishes all joints in the given order at mid-range plus {@code offsetRad}, velocity 0.1. */
    void sendJoints(List<String> order, double offsetRad) {
        double[] pos = new double[order.size()];
        double[] vel = new double[order.size()];
        for (int k = 0; k < order.size(); k++) {
            pos[k] = midOf(order.get(k)) + offsetRad;
            vel[k] = 0.1;
        }
        joints.publish(JointStateMessage.of(rosTime.get(), order, pos, vel));
    }

    void sendJoints(JointStateMessage m) {
        joints.publish(m);
    }

    void sendImu(double gyroX) {
        ImuSample s = new ImuSample();
        s.angularVelocityRadPerSec[0] = gyroX;
        s.linearAccelerationMps2[2] = 9.81;
        sendImu(s);
    }

    void sendImu(ImuSample s) {
        s.stampNanos = rosTime.get();
        imu.publish(s);
    }

    /** Publishes one foot-contacts message. */
    void sendContacts(double... values) {
        footContacts.publish(values.clone());
    }

    List<String> modelJoints() {
        return TestModels.ANT_JOINTS.stream().map(JointLimits::name).toList();
    }

    private double midOf(String joint) {
        return TestModels.ANT_JOINTS.stream().filter(j -> j.name().equals(joint)).mapToDouble(JointLimits::midRad)
                .findFirst().orElse(0.0);
    }

    /** Sends fresh inputs and ticks {@code n} times, one control period apart. */
    List<PolicyStatus> run(int n) {
        List<PolicyStatus> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            sendJoints(modelJoints(), 0.01 * k);
            sendImu(0.01 * k);
            out.add(node.tick());
            advanceMs(16);
        }
        return out;
    }

    /** {@link #run(int)} with foot contacts {@code contacts} sent before each tick too. */
    List<PolicyStatus> run(int n, double... contacts) {
        List<PolicyStatus> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            sendJoints(modelJoints(), 0.01 * k);
            sendImu(0.01 * k);
            sendContacts(contacts);
            out.add(node.tick());
            advanceMs(16);
        }
        return out;
    }

    void advanceMs(long ms) {
        clock.addAndGet(ms * MS);
        rosTime.addAndGet(ms * MS);
    }

    @Override
    public void close() {
        node.close();
        bus.close();
    }
}
