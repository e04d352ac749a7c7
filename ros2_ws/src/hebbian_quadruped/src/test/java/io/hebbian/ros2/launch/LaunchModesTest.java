package io.hebbian.ros2.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.ros2.mock.MockRobotConfig;
import io.hebbian.ros2.params.ParameterFile;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.servo.ServoBridgeConfig;
import io.hebbian.ros2.sim.SimBridgeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code quadruped.launch.py}'s logic with plain python3 (ROS 2 is not needed): the Python tests in
 * {@code launch/test} (argument checks, node plans, the launch files' glue against stand-ins for the
 * ROS modules), and every node each mode plans accepting exactly the parameters it is given (its
 * parameter file plus the launch's overrides, parsed by the node's own config class). Skipped without python3.
 */
@Timeout(120)
class LaunchModesTest {

    private static final Map<String, Function<Parameters, Object>> PARSERS = Map.of(
            "hebbian_policy", PolicyNodeConfig::from, "sim_bridge", SimBridgeConfig::from,
            "servo_bridge", ServoBridgeConfig::from, "mock_robot", MockRobotConfig::from);

    /** Prints {mode: [NodePlan as a dict, ...]} for every mode, with example values for required arguments. */
    private static final String DUMP_PLANS = String.join("\n",
            "import json, sys",
            "sys.path.insert(0, sys.argv[1])",
            "import quadruped_modes as q",
            "given = {'sim': {'damage': 'damaged-left-front'}, 'real': {'servo_config': '/s.yaml'},",
            "         'mock': {'time_constant_s': '0.02'}}",
            "out = {}",
            "for mode in q.MODES:",
            "    c = {n: ('' if d is None else d) for n, d, _ in q.declarations()}",
            "    c.update(mode=mode, model='/m.json', bind_address='127.0.0.1', **given[mode])",
            "    out[mode] = [p._asdict() for p in q.plan(q.resolve(c), sys.argv[2])]",
            "print(json.dumps(out))");

    static Path python() {
        Path python = Stream.of("/usr/bin/python3", "/usr/local/bin/python3").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(python != null, "python3 not installed: launch logic not tested");
        return python;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(LaunchFilesTest.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("python finished: %s", out).isTrue();
        assertThat(p.exitValue()).as("%s\n%s", command, out).isZero();
        return out;
    }

    @Test
    void pythonTestsOfTheLaunchFilesPass() throws Exception {
        String out = run(List.of(python().toString(), "-m", "unittest", "discover", "-s",
                LaunchFilesTest.LAUNCH.resolve("test").toString(), "-v"));
        assertThat(out).contains("OK").doesNotContain("skipped");
    }

    @Test
    void everyNodeOfEveryModeAcceptsItsParameterFileAndTheLaunchOverrides() throws Exception {
        Path config = LaunchFilesTest.LAUNCH.resolve("config").toAbsolutePath();
        String json = run(List.of(python().toString(), "-c", DUMP_PLANS,
                LaunchFilesTest.LAUNCH.toAbsolutePath().toString(), config.toString()));
        JsonNode plans = new ObjectMapper().readTree(json);
        List<String> modes = new ArrayList<>();
        plans.fieldNames().forEachRemaining(modes::add);
        assertThat(modes).containsExactly("sim", "real", "mock");
        for (String mode : modes) {
            List<String> names = new ArrayList<>();
            for (JsonNode node : plans.get(mode)) {
                String name = node.get("name").asText();
                names.add(name);
                assertThat(node.get("arguments").toString()).isEqualTo("[\"--transport\",\"dds\",\"--bind\",\"127.0.0.1\"]");
                Parameters p = ParameterFile.load(Path.of(node.get("parameter_file").asText()), name);
                for (Iterator<Map.Entry<String, JsonNode>> it = node.get("parameters").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    p = p.with(e.getKey(), e.getValue().asText());
                }
                assertThat(PARSERS).as("mode %s starts a known node", mode).containsKey(name);
                assertThat(PARSERS.get(name).apply(p)).as("mode %s, node %s", mode, name).isNotNull();
            }
            assertThat(names).as("mode %s", mode).hasSize(2).endsWith("hebbian_policy");
        }
        assertThat(plans.get("mock").get(0).get("name").asText()).isEqualTo("mock_robot");
        Parameters mock = ParameterFile.load(config.resolve("mock_robot.yaml"), "mock_robot")
                .with("model", "/m.json").with("time_constant_s", "0.02");
        assertThat(MockRobotConfig.from(mock).timeConstantSeconds()).isEqualTo(0.02);
    }
}
