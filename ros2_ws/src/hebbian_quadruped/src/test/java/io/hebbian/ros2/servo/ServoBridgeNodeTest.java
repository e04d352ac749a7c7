package io.hebbian.ros2.servo;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.firmware.bridge.BridgeState;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNode;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServoBridgeNodeTest {

    static final long MS = 1_000_000L;

    @TempDir
    Path dir;

    final AtomicLong clock = new AtomicLong(1000 * MS);
    final AtomicLong rosTime = new AtomicLong(1_700_000_000_000_000_000L);
    final InprocTransport bus = new InprocTransport();
    final List<JointStateMessage> states = new CopyOnWriteArrayList<>();
    final List<Diagnostics> diagnostics = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    FakeServoBus servos;
    ServoBridgeNode node;
    TopicPublisher<double[]> commands;
    TopicPublisher<Boolean> torque;
    TopicPublisher<String> damage;

    @BeforeEach
    void setUp() throws Exception {
        Path cfgFile = dir.resolve("servos.yaml");
        StringBuilder y = new StringBuilder("format: hebbian-servo-config/1\nprotocol: dynamixel2\nport: \"\"\n"
                + "baud: 1000000\nresponseTimeoutMillis: 20\nfastSyncRead: true\njoints:\n");
        int id = 1;
        for (JointLimits j : TestModels.ANT_JOINTS) {
            y.append("  - {name: ").append(j.name()).append(", id: ").append(id++).append(", direction: 1, zeroOffsetRad: 0,"
                    + " lowerRad: ").append(j.lowerRad()).append(", upperRad: ").append(j.upperRad()).append("}\n");
        }
        y.append("legs:\n  front-left: [hip_1, ankle_1]\n");
        Files.writeString(cfgFile, y.toString());
        ServoConfig config = ServoConfig.load(cfgFile);
        double[] mid = TestModels.ANT_JOINTS.stream().mapToDouble(JointLimits::midRad).toArray();
        servos = new FakeServoBus(mid);
        // start_speed_rad_s 0: these tests are about the gate and watchdog; the start move has its own test
        ServoBridgeConfig c = ServoBridgeConfig.from(Parameters.empty().with("servo_config", cfgFile.toString())
                .with("start_speed_rad_s", 0.0));
        ServoBridge bridge = new ServoBridge(servos, config, ServoBridgeRunner.settings(c).withShutdownHook(false));
        node = new ServoBridgeNode(bridge, config.jointNames(), c, bus, clock::get, rosTime::get, log::add);
        bus.subscribe(MessageType.JOINT_STATE, "/joint_states", Qos.RELIABLE, states::add);
        bus.subscribe(MessageType.DIAGNOSTICS, c.diagnosticsTopic(), Qos.RELIABLE, diagnostics::add);
        node.start();
        commands = bus.publisher(MessageType.FLOAT64_ARRAY, c.commandTopic(), Qos.RELIABLE);
        torque = bus.publisher(MessageType.BOOL, c.torqueTopic(), Qos.RELIABLE);
        damage = bus.publisher(MessageType.STRING, c.damageTopic(), Qos.RELIABLE);
    }

    @Test
    void publishesJointStatesAndIgnoresCommandsUntilTorqueIsOn() {
        node.tick();
        assertThat(states).hasSize(1);
        assertThat(states.get(0).names()).containsExactly("hip_1", "hip_2", "hip_3", "hip_4", "ankle_1", "ankle_2",
                "ankle_3", "ankle_4");
        commands.publish(new double[] {0.05, 0, 0, 0, 0.85, 0.85, 0.85, 0.85});
        assertThat(servos.position[0]).isEqualTo(0.0);
        torque.publish(true);
        assertThat(node.bridge().state()).isEqualTo(BridgeState.ACTIVE);
        commands.publish(new double[] {0.05, 0, 0, 0, 0.85, 0.85, 0.85, 0.85});
        assertThat(servos.position[0]).isEqualTo(0.05);
    }

    @Test
    void aPreflightBlockerKeepsTorqueOffAndIsReported() throws Exception {
        List<JointLimits> reversed = new java.util.ArrayList<>(TestModels.ANT_JOINTS);
        java.util.Collections.reverse(reversed);
        Path model = dir.resolve("reversed.json");
        io.hebbian.controller.io.ModelFile.write(TestModels.random(reversed, "ant", 0.0165, 1), model);
        ServoBridgeConfig c = ServoBridgeConfig.from(Parameters.empty().with("servo_config", dir.resolve("servos.yaml")
                .toString()).with("model", model.toString()).with("diagnostics_topic", "/checked/diagnostics")
                .with("torque_topic", "/checked/torque"));
        ServoConfig config = ServoConfig.load(dir.resolve("servos.yaml"));
        FakeServoBus fake = new FakeServoBus(TestModels.ANT_JOINTS.stream().mapToDouble(JointLimits::midRad).toArray());
        List<Diagnostics> checked = new CopyOnWriteArrayList<>();
        bus.subscribe(MessageType.DIAGNOSTICS, "/checked/diagnostics", Qos.RELIABLE, checked::add);
        try (ServoBridgeNode n = new ServoBridgeNode(new ServoBridge(fake, config,
                ServoBridgeRunner.settings(c).withShutdownHook(false)), config.jointNames(), c, bus, clock::get,
                rosTime::get, log::add)) {
            n.start();
            n.setTorque(true);
            assertThat(n.bridge().state()).isEqualTo(BridgeState.IDLE);
            assertThat(fake.torque).containsOnly(false);
            assertThat(log).anyMatch(l -> l.startsWith("servo bridge: pre-flight: BLOCKER joint order: position 0 is "
                    + "hip_1 in the config, ankle_4 in the model"));
            assertThat(log).anyMatch(l -> l.startsWith("servo bridge: torque on failed: torque stays off: the "
                    + "pre-flight check found 1 blocker(s): joint order:"));
            assertThat(checked.get(checked.size() - 1).values()).containsEntry("preflight", "1 blocker(s)");
        }
    }

    @Test
    void torqueOnMovesToTheFirstCommandAtTheStartSpeed() throws Exception {
        ServoBridgeConfig c = ServoBridgeConfig.from(Parameters.empty().with("servo_config", dir.resolve("servos.yaml")
                .toString()).with("torque_topic", "/slow/torque").with("command_topic", "/slow/commands")
                .with("diagnostics_topic", "/slow/diagnostics").with("watchdog_timeout_s", 1.0));
        ServoConfig config = ServoConfig.load(dir.resolve("servos.yaml"));
        FakeServoBus fake = new FakeServoBus(TestModels.ANT_JOINTS.stream().mapToDouble(JointLimits::midRad).toArray());
        try (ServoBridgeNode n = new ServoBridgeNode(new ServoBridge(fake, config,
                ServoBridgeRunner.settings(c).withShutdownHook(false)), config.jointNames(), c, bus, clock::get,
                rosTime::get, log::add)) {
            n.start();
            n.setTorque(true);
            assertThat(n.bridge().state()).isEqualTo(BridgeState.MOVING_TO_START);
            TopicPublisher<double[]> slow = bus.publisher(MessageType.FLOAT64_ARRAY, "/slow/commands", Qos.RELIABLE);
            double[] target = {0.4, 0, 0, 0, 0.85, 0.85, 0.85, 0.85};
            double previous = fake.position[0];
            int ticks = 0;
            while (n.bridge().state() == BridgeState.MOVING_TO_START && ticks++ < 500) {
                slow.publish(target);
                clock.addAndGet(10 * MS);
                n.tick();
                assertThat(fake.position[0] - previous).isLessThanOrEqualTo(0.5 * 0.010 + 1e-12);
                previous = fake.position[0];
            }
            assertThat(n.bridge().state()).isEqualTo(BridgeState.ACTIVE);
            assertThat(ticks).isGreaterThanOrEqualTo(80); // 0.4 rad at 0.5 rad/s = 0.8 s of 10 ms ticks
            assertThat(fake.position[0]).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void commandsPassTheSafetyGate() {
        torque.publish(true);
        commands.publish(new double[] {9, 0, 0, 0, 0.85, 0.85, 0.85, Double.NaN}); // out of range, NaN
        assertThat(servos.position[0]).isEqualTo(0.0);
        commands.publish(new double[] {9, 0, 0, 0, 0.85, 0.85, 0.85, 0.85});
        assertThat(servos.position[0]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12)); // rate limit 0.1 rad
        commands.publish(new double[] {0, 0, 0});
        assertThat(diagnostics).isNotEmpty();
        node.tick();
        for (int k = 0; k < 60; k++) {
            node.tick();
        }
        // the held NaN command and the wrong-length one
        assertThat(diagnostics.get(diagnostics.size() - 1).values().get("commands_rejected")).isEqualTo("2");
    }

    @Test
    void jointStatesAreStampedWithRosTimeNotTheMonotonicClock() {
        node.tick();
        assertThat(states.get(0).stampNanos()).isEqualTo(1_700_000_000_000_000_000L);
        rosTime.addAndGet(10 * MS);
        clock.addAndGet(10 * MS);
        node.tick();
        assertThat(states.get(1).stampNanos()).isEqualTo(1_700_000_000_010_000_000L);
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.stampNanos()).isGreaterThanOrEqualTo(1_700_000_000_000_000_000L));
    }

    @Test
    void wrongLengthCommandsAreLoggedOnceAndCounted() {
        torque.publish(true);
        commands.publish(new double[] {0, 0, 0});
        commands.publish(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0});
        commands.publish(new double[] {0});
        assertThat(log.stream().filter(l -> l.contains("wrong length"))).containsExactly(
                "servo bridge: command of the wrong length dropped: expected 8 values (one per joint [hip_1, hip_2,"
                        + " hip_3, hip_4, ankle_1, ankle_2, ankle_3, ankle_4]), got 3 (further ones are only counted:"
                        + " commands_wrong_length in diagnostics)");
        for (int k = 0; k < 50; k++) {
            node.tick();
        }
        Diagnostics d = diagnostics.get(diagnostics.size() - 1);
        assertThat(d.values()).containsEntry("commands_wrong_length", "3").containsEntry("commands_rejected", "3");
        assertThat(servos.position[0]).isEqualTo(0.0);
    }

    @Test
    void nonFiniteCommandsDoNotKeepTheBridgeWatchdogAlive() {
        torque.publish(true);
        commands.publish(new double[] {0.05, 0, 0, 0, 0.85, 0.85, 0.85, 0.85});
        clock.addAndGet(60 * MS);
        commands.publish(new double[] {0.05, 0, 0, 0, 0.85, 0.85, 0.85, Double.NaN});
        clock.addAndGet(60 * MS); // 120 ms after the last finite command, 60 ms after the NaN one
        node.tick();
        assertThat(node.bridge().state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
    }

    @Test
    void watchdogHoldsWhenCommandsStopAndTorqueOffIsAnEstop() {
        torque.publish(true);
        commands.publish(new double[] {0.05, 0, 0, 0, 0.85, 0.85, 0.85, 0.85});
        clock.addAndGet(150 * MS);
        node.tick();
        assertThat(node.bridge().state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        torque.publish(false);
        assertThat(node.bridge().state()).isEqualTo(BridgeState.ESTOPPED);
        assertThat(servos.torque).containsOnly(false);
    }

    @Test
    void damageIsInjectedAndBadSpecsAreReported() {
        torque.publish(true);
        damage.publish("lock:hip_1");
        assertThat(log).anyMatch(l -> l.contains("damage 'lock:hip_1' applied"));
        damage.publish("melt:hip_1");
        assertThat(log).anyMatch(l -> l.contains("damage 'melt:hip_1' rejected"));
    }

    @Test
    void policyNodeDrivesTheServosThroughTheBridge() throws Exception {
        Path model = TestModels.write(dir.resolve("m.json"), 3);
        PolicyNodeConfig pc = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString()).with("seed", 1L));
        try (PolicyNode policy = new PolicyNode(io.hebbian.controller.io.ModelFile.read(model), pc, bus,
                new SplittableRandom(1), clock::get, rosTime::get, log::add)) {
            policy.start();
            torque.publish(true);
            TopicPublisher<ImuSample> imu = bus.publisher(MessageType.IMU, "/imu/data", Qos.RELIABLE);
            int writes = servos.writes.size();
            for (int k = 0; k < 50; k++) {
                ImuSample s = new ImuSample();
                s.linearAccelerationMps2[2] = 9.81;
                imu.publish(s);
                node.tick();
                policy.tick();
                clock.addAndGet(16 * MS);
            }
            assertThat(policy.commands()).isEqualTo(50);
            assertThat(servos.writes.size() - writes).isEqualTo(50);
            assertThat(node.bridge().state()).isEqualTo(BridgeState.ACTIVE);
        }
    }
}
