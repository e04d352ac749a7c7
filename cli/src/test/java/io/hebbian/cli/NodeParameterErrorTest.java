package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parameter no node reads (a typo in a parameter file, an override for another node) stops a node command
 * before it opens any transport: exit 2 and one line on stderr naming every such parameter. Real processes,
 * with parameter files given the way {@code ros2 launch} gives them (several {@code --params}).
 */
@Timeout(60)
class NodeParameterErrorTest {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path model() throws Exception {
        Path model = dir.resolve("model.json");
        Files.copy(Path.of(getClass().getResource("/tiny-abcd-eta.json").toURI()), model);
        return model;
    }

    /** Runs a node command that must fail on its parameters; returns its one stderr line. */
    private static String oneLineError(String... args) throws Exception {
        try (CliProcess p = CliProcess.start(Map.of("ROS_DOMAIN_ID", "79"), args)) {
            OptionalInt code = p.awaitExit(EXIT_WITHIN);
            assertThat(code).as(p.transcript()).hasValue(Errors.USAGE);
            List<String> err = p.stderr().stream().filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList();
            assertThat(err).as(p.transcript()).hasSize(1);
            assertThat(p.stdout()).as(p.transcript()).isEmpty();
            return err.get(0);
        }
    }

    @Test
    void unknownOverridesAreOneLineNamingThemAll() throws Exception {
        String line = oneLineError("node-mock-robot", "-p", "model:=" + model(), "-p", "time_constant:=0.1",
                "-p", "seed:=3", "--bind", "127.0.0.1");
        assertThat(line).startsWith("node-mock-robot: error: unknown parameters 'time_constant', 'seed' "
                + "(this node reads none of them); known: [").contains("time_constant_s");
    }

    @Test
    void unknownParametersInAnyOfSeveralFilesAreErrors() throws Exception {
        Path base = dir.resolve("policy.yaml");
        Files.writeString(base, "hebbian_policy:\n  ros__parameters:\n    rate_hz: 20.0\n    stale_timout_s: 0.2\n");
        Path launchParams = dir.resolve("launch_params_1");
        Files.writeString(launchParams, "/hebbian_policy:\n  ros__parameters:\n    model: " + model()
                + "\n    use_sim_time: true\n");
        String line = oneLineError("node-policy", "--params", base.toString(), "--params", launchParams.toString(),
                "--bind", "127.0.0.1");
        assertThat(line).startsWith("node-policy: error: unknown parameters 'stale_timout_s', 'use_sim_time' (");
    }
}
