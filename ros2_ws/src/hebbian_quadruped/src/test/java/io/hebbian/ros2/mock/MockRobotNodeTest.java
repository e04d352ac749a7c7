package io.hebbian.ros2.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNode;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyStatus;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mock robot on the in-process transport, ticked by hand: joints, start pose, lag, IMU, bad commands. */
class MockRobotNodeTest {

    private static final double PERIOD_S = 0.0165;
    private final InprocTransport bus = new InprocTransport();
    private final List<JointStateMessage> states = new CopyOnWriteArrayList<>();
    private final List<ImuSample> imus = new CopyOnWriteArrayList<>();
    private final List<Diagnostics> diagnostics = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        bus.close();
    }

    private MockRobotNode start(PolicyModel model, Parameters extra) throws FormatException {
        Parameters p = Parameters.empty().with("model", "m.json");
        for (var e : extra.asMap().entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        MockRobotConfig c = MockRobotConfig.from(p);
        bus.subscribe(MessageType.JOINT_STATE, c.jointStatesTopic(), Qos.RELIABLE, states::add);
        bus.subscribe(MessageType.IMU, c.imuTopic(), Qos.RELIABLE, imus::add);
        bus.subscribe(MessageType.DIAGNOSTICS, c.diagnosticsTopic(), Qos.RELIABLE, diagnostics::add);
        MockRobotNode node = MockRobotNode.forModel(model, c, bus, () -> 42L, log::add);
        node.start();
        return node;
    }

    private static PolicyModel antModel() {
        return TestModels.random(TestModels.ANT_JOINTS, "test-ant", PERIOD_S, 3);
    }

    private TopicPublisher<double[]> commands() {
        return bus.publisher(MessageType.FLOAT64_ARRAY, "/forward_position_controller/commands", Qos.RELIABLE);
    }

    @Test
    void startsAtMidRangeAtTheModelsRateWithALevelStillImu() throws Exception {
        MockRobotNode node = start(antModel(), Parameters.empty());
        assertThat(node.periodNanos()).isEqualTo(16_500_000L);
        assertThat(node.jointNames()).isEqualTo(TestModels.ANT_JOINTS.stream().map(JointLimits::name).toList());
        node.tick();
        JointStateMessage s = states.get(0);
        assertThat(s.names()).isEqualTo(node.jointNames());
        assertThat(s.stampNanos()).isEqualTo(42L);
        for (int k = 0; k < 8; k++) {
            assertThat(s.positionRad()[k]).isEqualTo(TestModels.ANT_JOINTS.get(k).midRad());
            assertThat(s.velocityRadPerSec()[k]).isZero();
        }
        ImuSample imu = imus.get(0);
        assertThat(imu.orientationWxyz).containsExactly(1, 0, 0, 0);
        assertThat(imu.angularVelocityRadPerSec).containsExactly(0, 0, 0);
        assertThat(imu.linearAccelerationMps2).containsExactly(0, 0, MockRobotNode.GRAVITY_MPS2);
        assertThat(log).anyMatch(l -> l.startsWith("mock robot: 8 joints [hip_1"));
        assertThat(start(antModel(), Parameters.empty().with("rate_hz", 100.0)).periodNanos()).isEqualTo(10_000_000L);
    }

    @Test
    void positionsFollowTheLastCommandWithAFirstOrderLagAndVelocitiesAreTheirDerivative() throws Exception {
        double tau = 0.05;
        MockRobotNode node = start(antModel(), Parameters.empty().with("time_constant_s", tau));
        double[] target = new double[8];
        for (int k = 0; k < 8; k++) {
            target[k] = TestModels.ANT_JOINTS.get(k).lowerRad() + 0.1 * k;
        }
        commands().publish(target);
        double a = Math.exp(-PERIOD_S / tau);
        for (int step = 1; step <= 40; step++) {
            node.tick();
            JointStateMessage s = states.get(states.size() - 1);
            for (int k = 0; k < 8; k++) {
                double start = TestModels.ANT_JOINTS.get(k).midRad();
                double expected = target[k] - (target[k] - start) * Math.pow(a, step);
                assertThat(s.positionRad()[k]).as("joint %d step %d", k, step).isCloseTo(expected, within(1e-12));
                double before = step == 1 ? start : states.get(states.size() - 2).positionRad()[k];
                assertThat(s.velocityRadPerSec()[k]).isCloseTo((s.positionRad()[k] - before) / PERIOD_S, within(1e-9));
            }
        }
        assertThat(node.commandsReceived()).isEqualTo(1);
        assertThat(node.positionRad(3)).isCloseTo(target[3], within(1e-5));
    }

    @Test
    void withoutLagPositionsJumpToTheCommand() throws Exception {
        MockRobotNode node = start(antModel(), Parameters.empty().with("time_constant_s", 0.0));
        double[] target = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        commands().publish(target);
        node.tick();
        assertThat(states.get(0).positionRad()).containsExactly(target);
    }

    @Test
    void badCommandsAreDroppedAndCountedAndNonFiniteTargetsHold() throws Exception {
        MockRobotNode node = start(antModel(), Parameters.empty().with("time_constant_s", 0.0));
        commands().publish(new double[3]);
        double[] target = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        commands().publish(target);
        node.tick();
        double[] withNaN = target.clone();
        withNaN[2] = Double.NaN;
        withNaN[0] = -0.1;
        commands().publish(withNaN);
        for (int k = 0; k < 50; k++) {
            node.tick();
        }
        assertThat(node.commandsRejected()).isEqualTo(1);
        assertThat(log).anyMatch(l -> l.startsWith("mock robot: command dropped: command of the wrong length: expected 8"));
        double[] last = states.get(states.size() - 1).positionRad();
        assertThat(last[0]).isEqualTo(-0.1);
        assertThat(last[2]).isEqualTo(0.3);
        Diagnostics d = diagnostics.get(diagnostics.size() - 1);
        assertThat(d.name()).isEqualTo(MockRobotNode.DIAGNOSTICS_NAME);
        assertThat(d.level()).isEqualTo(Diagnostics.Level.WARN);
        assertThat(d.values()).containsEntry("commands", "2").containsEntry("commands_rejected", "1")
                .containsEntry("ticks", "50").containsKey("non_finite_targets").containsKey("max_error_rad");
    }

    @Test
    void takesTrajectoryCommandsByJointName() throws Exception {
        MockRobotNode node = start(antModel(), Parameters.empty().with("command_type", "joint_trajectory")
                .with("time_constant_s", 0.0));
        bus.publisher(MessageType.JOINT_TRAJECTORY, "/forward_position_controller/commands", Qos.RELIABLE)
                .publish(new JointCommand(List.of("ankle_4", "hip_1"), new double[] {1.1, -0.4}, 16_500_000L));
        node.tick();
        assertThat(node.positionRad(7)).isEqualTo(1.1);
        assertThat(node.positionRad(0)).isEqualTo(-0.4);
        assertThat(node.positionRad(1)).isEqualTo(0.0);
        assertThat(node.positionRad(4)).as("ankle_1, not named: stays at mid-range").isEqualTo(0.85);
    }

    @Test
    void jointsTheModelOnlyObservesArePublishedAndHoldStill() throws Exception {
        List<JointLimits> acted = TestModels.ANT_JOINTS;
        List<ObservationChannel> channels = new ArrayList<>(ObservationSpec.standard(acted, false).channels());
        channels.add(ObservationChannel.jointPosition(new JointLimits("tail", 0.2, 0.4)));
        channels.add(ObservationChannel.jointVelocity("wheel", 0.1));
        ObservationSpec obs = new ObservationSpec(channels, ObservationSpec.DEFAULT_CLIP);
        NetworkShape shape = NetworkShape.of(obs.size(), new int[] {4}, acted.size());
        double[] zeros = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        PolicyModel base = antModel();
        PolicyModel model = new PolicyModel(
                new PolicyParameters.Hebbian(HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, zeros)),
                NetworkSettings.paper(), Optional.of(obs), base.action(), base.robot(), base.physics(), null);
        MockRobotNode node = start(model, Parameters.empty());
        commands().publish(new double[8]);
        node.tick();
        JointStateMessage s = states.get(0);
        assertThat(s.names()).hasSize(10).endsWith("tail", "wheel");
        assertThat(s.positionRad()[8]).isCloseTo(0.3, within(1e-12));
        assertThat(s.positionRad()[9]).isZero();
    }

    @Test
    void aContactModelGetsEveryFootOnTheGroundInTheModelsLegOrder() throws Exception {
        List<double[]> contacts = new CopyOnWriteArrayList<>();
        bus.subscribe(MessageType.FLOAT64_ARRAY, "/feet", Qos.RELIABLE, contacts::add);
        PolicyModel model = TestModels.withFootContacts(TestModels.ANT_JOINTS, "test-ant", PERIOD_S, 3,
                List.of("right-back", "left-front"));
        MockRobotNode node = start(model, Parameters.empty().with("foot_contacts_topic", "/feet"));
        assertThat(node.contactLegs()).containsExactly("right-back", "left-front");
        for (int k = 0; k < 3; k++) {
            node.tick();
        }
        assertThat(contacts).hasSize(3).allSatisfy(c -> assertThat(c).containsExactly(1.0, 1.0));
        assertThat(log).anyMatch(l -> l.equals("mock robot: foot contacts [right-back, left-front] on /feet: all on "
                + "the ground"));
    }

    @Test
    void aModelWithoutContactsGetsNoContactMessages() throws Exception {
        List<double[]> contacts = new CopyOnWriteArrayList<>();
        bus.subscribe(MessageType.FLOAT64_ARRAY, "/foot_contacts", Qos.RELIABLE, contacts::add);
        MockRobotNode node = start(antModel(), Parameters.empty());
        node.tick();
        assertThat(node.contactLegs()).isEmpty();
        assertThat(contacts).isEmpty();
    }

    @Test
    void aPolicyNodeRunsAContactModelOnTheMock() throws Exception {
        PolicyModel model = TestModels.withFootContacts(TestModels.ANT_JOINTS, "test-ant", PERIOD_S, 3,
                List.of("left-front", "right-front", "left-back", "right-back"));
        MockRobotNode mock = start(model, Parameters.empty());
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(1_000_000_000L);
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", "m.json").with("seed", 1L));
        try (PolicyNode policy = new PolicyNode(model, cfg, bus, new java.util.SplittableRandom(1), clock::get,
                clock::get, log::add)) {
            policy.start();
            for (int k = 0; k < 20; k++) {
                mock.tick();
                assertThat(policy.tick()).as("log %s", log).isEqualTo(PolicyStatus.RUNNING);
                clock.addAndGet(mock.periodNanos());
            }
            assertThat(policy.commands()).isEqualTo(20);
        }
        assertThat(mock.commandsReceived()).isEqualTo(20);
        assertThat(mock.commandsRejected()).isZero();
    }

    @Test
    void aModelWithoutRateNeedsRateHz() {
        PolicyModel model = TestModels.random(TestModels.ANT_JOINTS, "x", Double.NaN, 1);
        assertThatThrownBy(() -> start(model, Parameters.empty()))
                .isInstanceOf(FormatException.class).hasMessageContaining("set parameter 'rate_hz'");
    }

    @Test
    void lagRejectsBadArguments() {
        assertThatThrownBy(() -> new FirstOrderLag(new double[] {Double.NaN}, 0.1)).hasMessageContaining("joint 0");
        assertThatThrownBy(() -> MockRobotConfig.from(Parameters.empty().with("model", "m").with("time_constant_s", -1.0)))
                .hasMessageContaining("time_constant_s").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new FirstOrderLag(new double[1], 0.1).step(0)).hasMessageContaining("positive");
    }
}
