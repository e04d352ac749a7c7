package io.hebbian.ros2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.dds.DdsTransport;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that reads foot contacts, end to end over DDS on loopback: the sim bridge in a child JVM (real time,
 * ant) publishes {@code /foot_contacts}, the policy node in this JVM waits for them, commands the robot, and the
 * contact inputs of every network step are a message the bridge published (this test subscribes the topic on the
 * policy's participant; the policy's and the test's readers may see a sample a few messages apart, so each step is
 * compared with the messages this test had received around it).
 */
class FootContactsDdsTest {

    /** Messages either side of the one this test had received last when the policy stepped. */
    private static final int WINDOW = 5;

    @TempDir
    Path dir;

    private record Input(int received, double[] contacts) {
    }

    @Test
    @Timeout(120)
    void aContactModelRunsAgainstTheSimBridgeOnItsPublishedContacts() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.forRobotWithFootContacts(ant, 4);
        Path modelFile = dir.resolve("contacts.json");
        ModelFile.write(model, modelFile);
        List<ObservationChannel> channels = model.requireObservation().channels();
        int[] contactChannels = IntStream.range(0, channels.size())
                .filter(k -> channels.get(k).source() == ObservationChannel.Source.FOOT_CONTACT).toArray();
        List<String> log = new CopyOnWriteArrayList<>();
        List<double[]> published = new CopyOnWriteArrayList<>();
        List<Input> inputs = new CopyOnWriteArrayList<>();
        List<Diagnostics> diagnostics = new CopyOnWriteArrayList<>();
        SimBridgeChild child = SimBridgeChild.start(dir, modelFile, 12);
        List<String> out = child.out();
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", modelFile.toString())
                .with("seed", 2L).with("diagnostics_every_steps", 10L));
        long commands;
        try (DdsTransport dds = new DdsTransport("hebbian_policy", DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"))) {
            dds.subscribe(MessageType.FLOAT64_ARRAY, "/foot_contacts", Qos.RELIABLE, published::add);
            dds.subscribe(MessageType.DIAGNOSTICS, "/hebbian_policy/diagnostics", Qos.RELIABLE, diagnostics::add);
            try (PolicyNodeRunner policy = PolicyNodeRunner.start(cfg, dds, log::add)) {
                policy.node().setObservationListener((step, o) -> inputs.add(new Input(published.size(),
                        IntStream.of(contactChannels).mapToDouble(k -> o[k]).toArray())));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
                while (policy.node().commands() < 200 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                commands = policy.node().commands();
                assertThat(commands).as("policy log %s, sim output %s", log, out).isGreaterThanOrEqualTo(200);
            }
            assertThat(child.awaitExit(60)).isTrue();
        } finally {
            child.close();
        }
        assertThat(Long.parseLong(child.result()[2])).as("commands the sim bridge received").isGreaterThan(150);
        assertThat(out).anyMatch(l -> l.contains("foot contacts [left-front, right-front, left-back, right-back] "
                + "on /foot_contacts"));

        List<double[]> sent = List.copyOf(published);
        assertThat(sent).hasSizeGreaterThan(200).allSatisfy(c -> assertThat(c).hasSize(4));
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(200);
        List<String> mismatches = new ArrayList<>();
        for (Input in : inputs) {
            boolean found = false;
            for (int i = Math.max(0, in.received() - WINDOW); i < Math.min(sent.size(), in.received() + WINDOW); i++) {
                found |= Arrays.equals(sent.get(i), in.contacts());
            }
            if (!found) {
                mismatches.add(Arrays.toString(in.contacts()) + " after message " + in.received());
            }
        }
        assertThat(mismatches).as("contact inputs that no nearby message carried").isEmpty();
        assertThat(sent.stream().map(Arrays::toString).distinct().count()).as("contact patterns")
                .isGreaterThanOrEqualTo(2);
        Diagnostics running = diagnostics.stream().filter(d -> "running".equals(d.values().get("status")))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no running diagnostics: " + diagnostics));
        assertThat(Double.parseDouble(running.values().get("foot_contacts_age_s"))).isLessThan(0.1);
        assertThat(running.values()).containsEntry("foot_contacts_wrong_length", "0")
                .containsEntry("foot_contacts_non_finite", "0");
    }
}
