package io.hebbian.ros2.peer;

import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.DdsTestDomain;
import io.hebbian.ros2.transport.dds.DdsTransport;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (run with {@code -Dhebbian.bench=true -Dtest=LatencyBenchmark}): latency from
 * a JointState sample's arrival in the policy node to the publication of the command computed from
 * it, over DDS on loopback with the Cyclone C robot peer publishing at 50 and 500 Hz, for the fixed-rate
 * timer (rate = publishing rate, unsynchronised) and for {@code trigger: joint_states}. Results go to
 * stdout and {@code target/latency-benchmark.txt}.
 */
@EnabledIfSystemProperty(named = "hebbian.bench", matches = "true")
class LatencyBenchmark {

    @TempDir
    Path dir;

    @Test
    void latencyAt50And500Hz() throws Exception {
        Path peer = CyclonePeer.binary();
        Path model = TestModels.write(dir.resolve("model.json"), 11);
        List<String> report = new ArrayList<>();
        report.add("latency JointState arrival -> command publication, policy node on dds (Fast DDS), "
                + "Cyclone C peer, loopback; " + Runtime.getRuntime().availableProcessors() + " cores");
        for (int hz : new int[] {50, 500}) {
            for (String trigger : new String[] {"timer", "joint_states"}) {
                report.add(run(peer, model, hz, trigger));
            }
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "latency-benchmark.txt"), report);
    }

    private String run(Path peer, Path model, int hz, String trigger) throws Exception {
        PolicyNodeConfig cfg = PolicyNodeConfig.from(Parameters.empty().with("model", model.toString())
                .with("seed", 1L).with("rate_hz", (double) hz).with("trigger", trigger));
        long[] samples = new long[200_000];
        int[] count = {0};
        double seconds = 10;
        try (DdsTransport dds = new DdsTransport("hebbian_policy", DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"));
             PolicyNodeRunner runner = PolicyNodeRunner.start(cfg, dds, s -> { })) {
            runner.node().setStepListener((step, inputToCommand, compute) -> {
                if (step > 50 && count[0] < samples.length) { // skip warm-up
                    samples[count[0]++] = inputToCommand;
                }
            });
            ProcessBuilder pb = new ProcessBuilder(peer.toString(), Integer.toString(DdsTestDomain.ID),
                    Integer.toString(hz), cfg.commandTopic(), "pub:" + seconds)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("CYCLONEDDS_URI", CyclonePeer.configUri());
            Process p = pb.start();
            if (!p.waitFor((long) seconds + 30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        long[] s = Arrays.copyOf(samples, count[0]);
        Arrays.sort(s);
        if (s.length == 0) {
            return String.format(Locale.ROOT, "%4d Hz %-12s: no commands", hz, trigger);
        }
        return String.format(Locale.ROOT, "%4d Hz %-12s: n=%6d  p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms", hz, trigger,
                s.length, s[s.length / 2] / 1e6, s[(int) Math.min(s.length - 1, Math.round(s.length * 0.99))] / 1e6,
                s[s.length - 1] / 1e6);
    }
}
