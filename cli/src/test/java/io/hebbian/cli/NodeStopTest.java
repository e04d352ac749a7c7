package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every DDS node command as a real process on loopback: once up, SIGINT (Ctrl-C) or SIGTERM stops it with
 * exit code 0 and without a stack trace on stdout or stderr (the DDS library's log4j used to print one from
 * its shutdown path).
 */
@Timeout(30)
class NodeStopTest {

    /** DDS domain of these processes, away from 0 and from hebbian-ros2's tests (77). */
    private static final String DOMAIN = Integer.toString(Integer.getInteger("hebbian.test.domain", 78));
    private static final Duration UP_WITHIN = Duration.ofSeconds(15);
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(10);
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath();

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void policyNode(String signal) throws Exception {
        Path model = dir.resolve("model.json");
        Files.copy(Path.of(getClass().getResource("/tiny-abcd-eta.json").toURI()), model);
        stopsCleanly(signal, Pattern.compile("^policy node: \\d+ joints"),
                "node-policy", "-p", "model:=" + model, "-p", "rate_hz:=20", "-p", "seed:=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void simBridgeNode(String signal) throws Exception {
        stopsCleanly(signal, Pattern.compile("^sim bridge: ant \\(8 joints\\)"), "node-sim-bridge", "-p", "robot:=ant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void mockRobotNode(String signal) throws Exception {
        Path model = dir.resolve("model.json");
        Files.copy(Path.of(getClass().getResource("/tiny-abcd-eta.json").toURI()), model);
        stopsCleanly(signal, Pattern.compile("^mock robot: 1 joints \\[knee\\]"), "node-mock-robot",
                "-p", "model:=" + model);
    }

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void servoBridgeNode(String signal) throws Exception {
        Path config = ROOT.resolve("firmware-interface/config/servo-quad-dynamixel.yaml");
        assumeTrue(Files.isRegularFile(config), "no servo config at " + config);
        try (Pty pty = Pty.open()) {
            stopsCleanly(signal, Pattern.compile("^servo bridge: 12 joints"), "node-servo-bridge",
                    "-p", "servo_config:=" + config, "-p", "port:=" + pty.path());
        }
    }

    private static void stopsCleanly(String signal, Pattern up, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--transport", "dds", "--bind", "127.0.0.1"));
        try (CliProcess p = CliProcess.start(Map.of("ROS_DOMAIN_ID", DOMAIN), args.toArray(String[]::new))) {
            assertThat(p.awaitStderr(up, UP_WITHIN)).as("node up within %s\n%s", UP_WITHIN, p.transcript()).isTrue();
            // the signal handlers are in place once this line is out; a signal before it would end the JVM the hard way
            assertThat(p.awaitStderr(Pattern.compile("running until Ctrl-C or SIGTERM"), UP_WITHIN))
                    .as("signal handlers installed\n%s", p.transcript()).isTrue();
            p.signal(signal);
            OptionalInt code = p.awaitExit(STOPPED_WITHIN);
            assertThat(code).as("stopped within %s after SIG%s\n%s", STOPPED_WITHIN, signal, p.transcript())
                    .hasValue(0);
            for (List<String> stream : List.of(p.stdout(), p.stderr())) {
                assertThat(stream).as(p.transcript())
                        .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ") || l.contains("StatusLogger"));
            }
            assertThat(p.stderr()).as(p.transcript()).contains("stopping (SIG" + signal + ")");
        }
    }

    /**
     * A pseudo-terminal standing in for a serial adapter with nothing on the bus ({@code script} from
     * util-linux holds it open; the test is skipped without it). The bridge starts with torque off, so no
     * servo has to answer.
     */
    private record Pty(Process holder, String path) implements AutoCloseable {

        static Pty open() throws IOException, InterruptedException {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no /usr/bin/script: servo bridge case skipped");
            Process p = new ProcessBuilder("/usr/bin/script", "-q", "-e", "-c", "tty; exec sleep 60", "/dev/null")
                    .redirectErrorStream(true).start();
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null || !line.strip().startsWith("/dev/")) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                assumeTrue(false, "script gave no pty: " + line);
            }
            Thread drain = new Thread(() -> {
                try {
                    r.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ended) {
                    // script is gone
                }
            }, "pty-drain");
            drain.setDaemon(true);
            drain.start();
            return new Pty(p, line.strip());
        }

        @Override
        public void close() throws InterruptedException {
            holder.destroy();
            if (!holder.waitFor(5, TimeUnit.SECONDS)) {
                holder.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }
}
