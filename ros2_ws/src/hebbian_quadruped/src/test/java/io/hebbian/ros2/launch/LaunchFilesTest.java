package io.hebbian.ros2.launch;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch files reference only things that exist: executables (wrapper scripts installed by
 * CMakeLists.txt) and parameter files (with parameters the nodes accept), as named in
 * {@code launch/quadruped_modes.py}. What each mode starts is checked by {@link LaunchModesTest}.
 */
class LaunchFilesTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "../../.."));
    static final Path LAUNCH = ROOT.resolve("launch");
    static final Path PKG = ROOT.resolve("ros2_ws/src/hebbian_quadruped");
    static final Map<String, Set<String>> NODE_PARAMETERS = Map.of(
            "hebbian_policy", PolicyNodeConfig.NAMES, "sim_bridge", SimBridgeConfig.NAMES,
            "servo_bridge", ServoBridgeConfig.NAMES, "mock_robot", MockRobotConfig.NAMES);

    static List<Path> launchFiles() throws IOException {
        try (Stream<Path> s = Files.list(LAUNCH)) {
            return s.filter(p -> p.toString().endsWith(".launch.py")).sorted().toList();
        }
    }

    static Set<String> all(Pattern p, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The nodes quadruped_modes.py can start: executable, node name, parameter file (its NodeSpec table). */
    static List<String[]> nodeSpecs() throws IOException {
        String modes = Files.readString(LAUNCH.resolve("quadruped_modes.py"));
        Matcher m = Pattern.compile("NodeSpec\\('(\\w+)', '(\\w+)', '([\\w.-]+\\.yaml)'\\)").matcher(modes);
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return out;
    }

    @Test
    void theLaunchEntryAndItsWrappersExist() throws IOException {
        assertThat(launchFiles()).extracting(p -> p.getFileName().toString())
                .contains("quadruped.launch.py", "robot.launch.py", "sim.launch.py");
        assertThat(LAUNCH.resolve("quadruped_modes.py")).exists();
    }

    @Test
    void everyExecutableIsInstalledAndTheLaunchFilesToo() throws IOException {
        String cmake = Files.readString(PKG.resolve("CMakeLists.txt"));
        List<String[]> specs = nodeSpecs();
        assertThat(specs).extracting(s -> s[0])
                .containsExactlyInAnyOrder("policy_node", "sim_bridge_node", "servo_bridge_node", "mock_robot_node");
        for (String[] spec : specs) {
            Path script = PKG.resolve("scripts").resolve(spec[0]);
            assertThat(script).as("wrapper for %s", spec[0]).exists();
            assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
            assertThat(cmake).as("CMakeLists installs %s", spec[0]).contains("scripts/" + spec[0]);
        }
        assertThat(cmake).contains("PATTERN \"*.launch.py\"", "PATTERN \"quadruped_modes.py\"");
        for (Path f : launchFiles()) {
            assertThat(Files.readString(f)).as("%s uses quadruped_modes.py", f).contains("quadruped_modes.py");
        }
        assertThat(Files.readString(PKG.resolve("package.xml"))).contains("<name>hebbian_quadruped</name>",
                "<build_type>ament_cmake</build_type>");
    }

    @Test
    void everyParameterFileExistsAndHoldsOnlyKnownParameters() throws IOException {
        for (String[] spec : nodeSpecs()) {
            Path file = LAUNCH.resolve("config").resolve(spec[2]);
            assertThat(file).exists();
            String node = all(Pattern.compile("(?m)^(\\w+):"), Files.readString(file)).iterator().next();
            assertThat(node).as("%s is for node %s", file, spec[1]).isEqualTo(spec[1]);
            assertThat(NODE_PARAMETERS).as("%s names a known node", file).containsKey(node);
            Parameters p = ParameterFile.load(file, node);
            p.requireKnown(NODE_PARAMETERS.get(node));
        }
    }

    @Test
    void shippedPolicyParametersKeepTheRateLimitOn() {
        Parameters p = ParameterFile.load(LAUNCH.resolve("config/policy.yaml"), "hebbian_policy").with("model", "m.json");
        PolicyNodeConfig c = PolicyNodeConfig.from(p);
        assertThat(c.maxStepRad()).isEqualTo(PolicyNodeConfig.DEFAULT_MAX_STEP_RAD);
        assertThat(c.staleResetSeconds()).isEqualTo(1.0);
    }

    @Test
    void launchFilesArePythonWhenPythonIsAvailable() throws Exception {
        Path python = Stream.of("/usr/bin/python3", "/usr/local/bin/python3").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(python != null, "python3 not installed: syntax check skipped");
        for (Path f : launchFiles()) {
            Process p = new ProcessBuilder(python.toString(), "-c",
                    "import ast,sys; ast.parse(open(sys.argv[1]).read())", f.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("%s: %s", f, out).isZero();
        }
    }

    @TempDir
    Path tmp;

    @Test
    void wrapperTurnsRosArgumentsIntoNodeFlags() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        fakeJava.toFile().setExecutable(true);
        Path jar = Files.writeString(tmp.resolve("hebbian.jar"), "");
        ProcessBuilder pb = new ProcessBuilder("bash", PKG.resolve("scripts/policy_node").toString(),
                "--transport", "dds", "--ros-args", "-r", "__node:=walker", "--params-file", "/tmp/p.yaml",
                "-p", "seed:=3", "-r", "/joint_states:=/x", "--params-file", "/tmp/launch_params_1")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("HEBBIAN_JAR", jar.toString());
        pb.environment().remove("CLASSPATH");
        Process p = pb.start();
        List<String> args = new ArrayList<>(new String(p.getInputStream().readAllBytes()).lines().toList());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(args).containsExactly("-cp", jar.toString(), "io.hebbian.cli.Main", "node-policy", "--transport",
                "dds", "--node-name", "walker", "--params", "/tmp/p.yaml", "-p", "seed:=3",
                "--params", "/tmp/launch_params_1");
    }
}
