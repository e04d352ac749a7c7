package io.hebbian.ros2.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.dds.DdsTransport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real ROS 2 wire interop: a Cyclone DDS C program plays the robot (JointState + Imu at 100 Hz,
 * RELIABLE, reverse joint order plus an extra joint) and records the commands it receives from the
 * policy node running on the {@code dds} transport. Phases: publish 6 s, silent 2 s, publish 4 s.
 */
class CyclonePeerPolicyTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void policyCommandsARealDdsRobotStopsWhenItGoesSilentAndResumes() throws Exception {
        Path peer = CyclonePeer.binary();
        Path model = TestModels.write(dir.resolve("model.json"), 11);
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString())
                .with("seed", 3L).with("stale_timeout_s", 0.1));
        List<String> log = new CopyOnWriteArrayList<>();
        try (DdsTransport dds = new DdsTransport("hebbian_policy", DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"));
             PolicyNodeRunner runner = PolicyNodeRunner.start(cfg, dds, log::add)) {
            ProcessBuilder pb = new ProcessBuilder(peer.toString(), Integer.toString(DdsTestDomain.ID), "100",
                    cfg.commandTopic(), "pub:6", "pause:2", "pub:4").redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("CYCLONEDDS_URI", CyclonePeer.configUri());
            Process p = pb.start();
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
            PeerOutput out = PeerOutput.parse(lines);
            assertThat(out.ended).as("peer finished; log: %s", log).isTrue();
            assertThat(out.phaseStarts).hasSize(3);
            double pause = out.phaseStarts.get(1);
            double resume = out.phaseStarts.get(2);

            assertThat(out.countBetween(0, pause)).as("commands while the robot publishes; log %s", log)
                    .isGreaterThan(60);
            assertThat(out.countBetween(pause + 0.5, resume)).as("commands while the robot is silent").isZero();
            assertThat(out.countBetween(resume, resume + 4)).as("commands after the robot resumed; log %s", log)
                    .isGreaterThan(60);
            for (PeerOutput.Command c : out.commands) {
                assertThat(c.values()).hasSize(8);
                for (int k = 0; k < 8; k++) {
                    JointLimits lim = TestModels.ANT_JOINTS.get(k);
                    assertThat(c.values()[k]).isFinite().isBetween(lim.lowerRad(), lim.upperRad());
                }
            }
            assertThat(runner.node().activations()).isGreaterThanOrEqualTo(2);
            assertThat(log).anyMatch(l -> l.contains("HOLDING_STALE"));
        }
    }
}
