package io.hebbian.ros2.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.firmware.bridge.BridgeState;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.ros2.DiagnosticsDocs;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.servo.FakeServoBus;
import io.hebbian.ros2.servo.ServoBridgeConfig;
import io.hebbian.ros2.servo.ServoBridgeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.dds.DdsTransport;
import io.hebbian.ros2.transport.dds.DiagnosticsBounds;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health diagnostics on the real ROS 2 wire: the servo bridge (on in-memory servos, torque on, commanded
 * by the policy node) and the policy node publish over the {@code dds} transport; a Cyclone DDS C program
 * subscribes both {@code diagnostic_msgs/DiagnosticArray} topics. Every key documented in docs/ros2.md must
 * arrive, every key that arrives must be documented (or be the continuation of a split value), and a
 * message longer than the DDS bound arrives split, not dropped.
 */
class CyclonePeerDiagnosticsTest {

    private static final String BRIDGE_TOPIC = "/servo_bridge/diagnostics";
    private static final String POLICY_TOPIC = "/hebbian_policy/diagnostics";
    /** TestModels' network is [observations, 16, joints]: two weight layers. */
    private static final int LAYERS = 2;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void servoBridgeAndPolicyDiagnosticsArriveWithEveryDocumentedKey() throws Exception {
        Path listener = CyclonePeer.diagnosticsListener();
        Path model = TestModels.write(dir.resolve("model.json"), 5);
        ServoConfig servos = ServoConfig.load(antServoConfig());
        List<String> joints = servos.jointNames();
        ServoBridgeConfig bc = ServoBridgeConfig.from(Parameters.empty().with("servo_config", antServoConfig().toString())
                .with("model", model.toString()));
        PolicyNodeConfig pc = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString()).with("seed", 2L));
        FakeServoBus fake = new FakeServoBus(TestModels.ANT_JOINTS.stream().mapToDouble(JointLimits::midRad).toArray());
        List<String> log = new CopyOnWriteArrayList<>();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        String longSpec = "lock:" + "no_such_joint_".repeat(20);
        try (DdsTransport bridgeDds = new DdsTransport("servo_bridge", DdsTestDomain.ID, loopback);
             DdsTransport policyDds = new DdsTransport("hebbian_policy", DdsTestDomain.ID, loopback);
             ServoBridgeRunner bridge = ServoBridgeRunner.start(new ServoBridge(fake, servos,
                     ServoBridgeRunner.settings(bc).withShutdownHook(false)), servos, bc, bridgeDds, log::add);
             PolicyNodeRunner policy = PolicyNodeRunner.start(pc, policyDds, log::add);
             ImuDriver imu = new ImuDriver(bridgeDds)) {
            bridge.node().setTorque(true);
            assertThat(bridge.node().bridge().state()).as("log %s", log).isEqualTo(BridgeState.MOVING_TO_START);
            ProcessBuilder pb = new ProcessBuilder(listener.toString(), Integer.toString(DdsTestDomain.ID), "60", "6",
                    BRIDGE_TOPIC, POLICY_TOPIC).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("CYCLONEDDS_URI", CyclonePeer.configUri());
            Process p = pb.start();
            Thread longEvent = new Thread(() -> {
                sleepQuietly(1500);
                bridge.node().injectDamage(longSpec); // rejected: a message far longer than 255 characters
            });
            longEvent.start();
            List<String> lines = readAll(p);
            longEvent.join(5000);
            Received bridgeMsgs = Received.parse(lines, 0);
            Received policyMsgs = Received.parse(lines, 1);
            assertThat(lines.get(lines.size() - 1)).as("listener end; log %s", log).matches("END [6-9]\\d* [6-9]\\d*");

            Map<String, String> lastBridge = bridgeMsgs.values.get(bridgeMsgs.values.size() - 1);
            Map<String, String> lastPolicy = policyMsgs.values.get(policyMsgs.values.size() - 1);
            List<String> bridgeKeys = documentedKeys("servo_bridge", joints);
            List<String> policyKeys = documentedKeys("policy", joints);
            assertThat(lastBridge.keySet()).containsAll(bridgeKeys);
            assertThat(lastPolicy.keySet()).containsAll(policyKeys);
            assertThat(lastBridge.keySet()).allMatch(k -> isDocumentedOrContinuation(k, bridgeKeys), "documented");
            assertThat(lastPolicy.keySet()).allMatch(k -> isDocumentedOrContinuation(k, policyKeys), "documented");
            assertThat(lastBridge).containsEntry("torque", "on").containsEntry("hip_1_temperature_c", "36.00")
                    .containsEntry("hip_1_voltage_v", "11.90").containsEntry("preflight", "ok");
            assertThat(Double.parseDouble(lastBridge.get("cycle_rate_hz"))).isPositive();
            assertThat(Double.parseDouble(lastPolicy.get("weight_norm_layer_0"))).isPositive();

            // the long event message arrived split over message and message_2.., every field within the bound
            int k = bridgeMsgs.indexOfMessageContaining("[continued in 'message_2']");
            assertThat(k).as("a split message arrived; messages %s", bridgeMsgs.messages).isNotNegative();
            Map<String, String> split = bridgeMsgs.values.get(k);
            String whole = bridgeMsgs.messages.get(k).replace(" [continued in 'message_2']", "")
                    + split.get("message_2") + split.getOrDefault("message_3", "");
            assertThat(whole).startsWith("damage '" + longSpec + "' rejected: ");
            assertThat(bridgeMsgs.messages).allMatch(m -> m.length() <= DiagnosticsBounds.MAX_CHARS);
            assertThat(split.values()).allMatch(v -> v.length() <= DiagnosticsBounds.MAX_CHARS);
        }
    }

    private Path antServoConfig() throws Exception {
        Path f = dir.resolve("servos.yaml");
        if (!Files.exists(f)) {
            StringBuilder y = new StringBuilder("protocol: dynamixel2\nport: \"\"\nbaud: 1000000\nfastSyncRead: true\njoints:\n");
            int id = 1;
            for (JointLimits j : TestModels.ANT_JOINTS) {
                y.append("  - {name: ").append(j.name()).append(", id: ").append(id++).append(", direction: 1, "
                        + "zeroOffsetRad: 0, lowerRad: ").append(j.lowerRad()).append(", upperRad: ")
                        .append(j.upperRad()).append("}\n");
            }
            Files.writeString(f, y.toString());
        }
        return f;
    }

    /** The keys of the table after {@code <!-- diagnostics-keys: NAME -->} in docs/ros2.md, placeholders expanded. */
    static List<String> documentedKeys(String table, List<String> joints) throws Exception {
        List<String> keys = DiagnosticsDocs.keys(table, joints, LAYERS);
        assertThat(keys).as("keys documented in table %s", table).hasSizeGreaterThan(10);
        return keys;
    }

    private static boolean isDocumentedOrContinuation(String key, List<String> documented) {
        return documented.contains(key) || key.matches("message_\\d+")
                || (key.matches(".*_\\d+") && documented.contains(key.replaceFirst("_\\d+$", "")));
    }

    private static List<String> readAll(Process p) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return lines;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The listener's messages on one topic: values and message of each, in arrival order. */
    private static final class Received {
        final List<Map<String, String>> values = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        static Received parse(List<String> lines, int topic) {
            Received r = new Received();
            String diag = "DIAG " + topic + " ";
            String kv = "KV " + topic + " ";
            String msg = "MSG " + topic + " ";
            for (String line : lines) {
                if (line.startsWith(diag)) {
                    r.values.add(new LinkedHashMap<>());
                } else if (line.startsWith(kv) && !r.values.isEmpty()) {
                    String[] f = line.substring(kv.length()).split("\t", 2);
                    r.values.get(r.values.size() - 1).put(f[0], f.length > 1 ? f[1] : "");
                } else if (line.startsWith(msg)) {
                    r.messages.add(line.substring(msg.length()));
                }
            }
            assertThat(r.values).as("messages received on topic %d", topic).isNotEmpty();
            return r;
        }

        int indexOfMessageContaining(String text) {
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i).contains(text)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** An IMU driver at about 100 Hz (the servos have none), on its own daemon thread. */
    private static final class ImuDriver implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;

        ImuDriver(DdsTransport dds) {
            TopicPublisher<ImuSample> pub = dds.publisher(MessageType.IMU, "/imu/data", Qos.RELIABLE);
            thread = new Thread(() -> {
                while (running) {
                    ImuSample s = new ImuSample();
                    s.linearAccelerationMps2[2] = 9.81;
                    pub.publish(s);
                    sleepQuietly(10);
                }
            }, "test-imu");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(2000);
        }
    }
}
