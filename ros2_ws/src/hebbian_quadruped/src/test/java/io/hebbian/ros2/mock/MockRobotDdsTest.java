package io.hebbian.ros2.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.dds.DdsTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock robot for real over DDS on loopback: the mock in a child JVM, the policy node in this JVM.
 * The policy runs on the mock's joint states and level IMU and its commands reach the mock; then, with the
 * policy stopped, a step command from this test shows the mock's positions following it with exactly the
 * first-order lag (error × exp(−dt/τ) per published state) and velocities equal to the position change per period.
 */
class MockRobotDdsTest {

    private static final double PERIOD_S = 0.0165;
    private static final double TAU_S = 0.05;
    private static final String COMMANDS = "/forward_position_controller/commands";

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void policyNodeAndMockRobotExchangeMessagesAndPositionsFollowTheCommands() throws Exception {
        Path model = TestModels.write(dir.resolve("model.json"), 5);
        Path params = dir.resolve("mock.yaml");
        Files.writeString(params, "mock_robot:\n  ros__parameters:\n    model: " + model + "\n    time_constant_s: "
                + TAU_S + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                MockRobotProcess.class.getName(), params.toString(), "90").redirectErrorStream(true);
        pb.environment().put("ROS_DOMAIN_ID", Integer.toString(DdsTestDomain.ID));
        List<String> out = new CopyOnWriteArrayList<>();
        Process child = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            } catch (java.io.IOException ignored) {
                // child ended
            }
        });
        reader.start();
        List<String> log = new CopyOnWriteArrayList<>();
        List<JointStateMessage> states = new CopyOnWriteArrayList<>();
        List<ImuSample> imus = new CopyOnWriteArrayList<>();
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString()).with("seed", 4L));
        List<JointLimits> joints = TestModels.ANT_JOINTS;
        try (DdsTransport dds = new DdsTransport("mock_test", DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"))) {
            dds.subscribe(MessageType.JOINT_STATE, "/joint_states", Qos.RELIABLE, states::add);
            dds.subscribe(MessageType.IMU, "/imu/data", Qos.RELIABLE, imus::add);
            long policyCommands;
            try (PolicyNodeRunner policy = PolicyNodeRunner.start(cfg, dds, log::add)) {
                await(() -> policy.node().commands() >= 100, 40);
                policyCommands = policy.node().commands();
                assertThat(policyCommands).as("policy log %s, mock output %s", log, out).isGreaterThanOrEqualTo(100);
            }
            assertThat(states).isNotEmpty();
            assertThat(states.get(0).names()).isEqualTo(joints.stream().map(JointLimits::name).toList());
            ImuSample imu = imus.get(imus.size() - 1);
            assertThat(imu.orientationWxyz).containsExactly(1, 0, 0, 0);
            assertThat(imu.linearAccelerationMps2).containsExactly(0, 0, MockRobotNode.GRAVITY_MPS2);
            assertThat(states.stream().anyMatch(s -> s.positionRad()[0] != joints.get(0).midRad()))
                    .as("the policy's commands moved the mock's joints").isTrue();

            TopicPublisher<double[]> command = dds.publisher(MessageType.FLOAT64_ARRAY, COMMANDS, Qos.RELIABLE);
            double[] first = targets(joints, 0.25);
            publishUntilSettled(command, first, states);
            int stepAt = states.size();
            double[] second = targets(joints, 0.75);
            publishUntilSettled(command, second, states);
            List<JointStateMessage> snapshot = List.copyOf(states);
            checkLag(snapshot.subList(stepAt - 1, snapshot.size()), second);
            child.getOutputStream().close(); // the mock stops and reports
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("mock output %s", out).isTrue();
            reader.join(5000);
        } finally {
            child.destroyForcibly();
        }
        String result = out.stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no RESULT from the mock robot: " + out));
        String[] f = result.split(" ");
        assertThat(Long.parseLong(f[1])).as("commands the mock received").isGreaterThanOrEqualTo(50);
        assertThat(Long.parseLong(f[2])).as("commands the mock rejected").isZero();
    }

    /** A pose at {@code fraction} of each joint's range. */
    private static double[] targets(List<JointLimits> joints, double fraction) {
        double[] t = new double[joints.size()];
        for (int k = 0; k < t.length; k++) {
            t[k] = joints.get(k).lowerRad() + fraction * joints.get(k).rangeRad();
        }
        return t;
    }

    /**
     * Publishes {@code target} (a few times: discovery of a new publisher) until every joint is within 1e-13 rad
     * (at rest: what is left moves less than the lag check's tolerance per period).
     */
    private static void publishUntilSettled(TopicPublisher<double[]> command, double[] target,
                                            List<JointStateMessage> states) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int sent = 0;
        while (System.nanoTime() < deadline) {
            if (sent < 5) {
                command.publish(target.clone());
                sent++;
            }
            Thread.sleep(100);
            double[] q = states.get(states.size() - 1).positionRad();
            boolean settled = true;
            for (int k = 0; k < target.length; k++) {
                settled &= Math.abs(q[k] - target[k]) < 1e-13;
            }
            if (settled) {
                return;
            }
        }
        throw new AssertionError("joints did not settle at the command within 20 s: "
                + java.util.Arrays.toString(states.get(states.size() - 1).positionRad()));
    }

    /**
     * From rest, after a step to {@code target}, each published state's error is the previous one's times
     * exp(−dt/τ) (or the same, before the command arrived; a power of it, if a state was lost), and the
     * velocity is the position change over one period.
     */
    private static void checkLag(List<JointStateMessage> states, double[] target) {
        double a = Math.exp(-PERIOD_S / TAU_S);
        int decaying = 0;
        for (int i = 1; i < states.size(); i++) {
            double[] q0 = states.get(i - 1).positionRad();
            double[] q1 = states.get(i).positionRad();
            double e0 = target[0] - q0[0];
            double e1 = target[0] - q1[0];
            int n = Math.abs(e0) < 1e-6 ? -1 : (int) Math.round(Math.log(e1 / e0) / Math.log(a));
            if (n < 0) {
                break; // settled: the ratio carries only rounding
            }
            assertThat(n).as("state %d: error ratio %s is a power of %s", i, e1 / e0, a).isBetween(0, 3);
            for (int k = 0; k < target.length; k++) {
                double expected = target[k] - (target[k] - q0[k]) * Math.pow(a, n);
                assertThat(q1[k]).as("joint %d, state %d", k, i).isCloseTo(expected,
                        within(1e-12));
                if (n == 1) {
                    assertThat(states.get(i).velocityRadPerSec()[k])
                            .isCloseTo((q1[k] - q0[k]) / PERIOD_S, within(1e-9));
                }
            }
            if (n == 1) {
                decaying++;
            }
        }
        assertThat(decaying).as("states that decayed by exactly one lag step").isGreaterThanOrEqualTo(10);
    }

    private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
