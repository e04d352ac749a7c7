package io.hebbian.ros2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.dds.DdsTransport;
import io.hebbian.sim.robot.Robots;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over DDS on loopback: the sim bridge in a child JVM (real time, ant robot), the
 * policy node in this JVM; commands flow, the simulated robot moves, and a damage sent at run
 * time on {@code /sim_bridge/damage} is applied.
 */
class DdsEndToEndTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void simBridgeAndPolicyNodeInTwoProcessesWalkTheRobot() throws Exception {
        Path model = dir.resolve("model.json");
        ModelFile.write(TestModels.forRobot(Robots.load("ant"), 4), model);
        List<String> log = new CopyOnWriteArrayList<>();
        SimBridgeChild child = SimBridgeChild.start(dir, model, 10);
        List<String> out = child.out();
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString())
                .with("seed", 2L));
        try (DdsTransport dds = new DdsTransport("hebbian_policy", DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"));
             PolicyNodeRunner policy = PolicyNodeRunner.start(cfg, dds, log::add)) {
            TopicPublisher<String> damage = dds.publisher(MessageType.STRING, "/sim_bridge/damage", Qos.RELIABLE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (policy.node().commands() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(policy.node().commands()).as("policy log %s, sim output %s", log, out).isGreaterThanOrEqualTo(100);
            while (out.stream().noneMatch(l -> l.contains("damaged-right-front")) && System.nanoTime() < deadline) {
                damage.publish("damaged-right-front");
                Thread.sleep(200);
            }
            assertThat(child.awaitExit(60)).isTrue();
        } finally {
            child.close();
        }
        String[] f = child.result();
        assertThat(Long.parseLong(f[2])).as("commands the sim bridge received").isGreaterThan(200);
        assertThat(Math.abs(Double.parseDouble(f[1]))).as("distance moved, m").isGreaterThan(1e-3);
        assertThat(out).anyMatch(l -> l.contains("damage damaged-right-front applied"));
    }
}
