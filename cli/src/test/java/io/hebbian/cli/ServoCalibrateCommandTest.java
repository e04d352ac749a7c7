package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.firmware.bus.JointMapping;
import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.HandHeldRobot;
import io.hebbian.firmware.emulator.HandHeldRobot.Joint;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import io.hebbian.firmware.emulator.PtyPair;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hebbian servo calibrate} over a socat pty pair, the Dynamixel emulator on the far end built into a robot
 * whose servos read known raw offsets at joint zero (some mounted reversed), and a person who moves each joint to
 * where the prompt asks and says which way it moved. The config is the repository's example file.
 */
@Timeout(120)
class ServoCalibrateCommandTest {

    private static final Path EXAMPLE = Path.of("../firmware-interface/config/servo-quad-dynamixel.yaml");
    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);

    @TempDir
    Path dir;
    private PtyPair pty;
    private PtyBoardRunner board;
    private final DynamixelEmulator emu = new DynamixelEmulator(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    private HandHeldRobot robot;
    private Path config;
    private String original;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat not installed: pty tests skipped");
        pty = new PtyPair(dir).start();
        original = Files.readString(EXAMPLE).replace("port: /dev/ttyUSB0", "port: " + pty.hostPath())
                .replace("responseTimeoutMillis: 20", "responseTimeoutMillis: 200");
        config = dir.resolve("servos.yaml");
        Files.writeString(config, original);
    }

    @AfterEach
    void stop() throws Exception {
        if (board != null) {
            board.close();
        }
        if (pty != null) {
            pty.kill();
        }
    }

    private void robot(Joint... joints) {
        robot = new HandHeldRobot(emu, List.of(joints));
        board = new PtyBoardRunner(pty.boardPath().toString(), robot);
    }

    /** Runs the command, answering every prompt as the person would; the input ends before answer {@code endAt}. */
    private CliRun calibrate(int endAt, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("servo", "calibrate", "--config", config.toString(), "--speed-deg-s", "90"));
        all.addAll(List.of(args));
        try (InteractiveCli cli = InteractiveCli.start(dir.resolve("answers"), all.toArray(String[]::new))) {
            int answered = 0;
            for (String line; (line = cli.nextLine(Duration.ofSeconds(30))) != null; ) {
                String answer = robot.respond(line);
                if (answer != null && answered++ == endAt) {
                    cli.endInput();
                } else if (answer != null) {
                    cli.answer(answer);
                }
            }
            return cli.finish();
        }
    }

    private void assertTorqueOffEverywhere() {
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).as("torque of servo %d", id).isFalse();
        }
    }

    private void assertNothingWritten() throws Exception {
        assertThat(Files.readString(config)).isEqualTo(original);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("servos.yaml", "host", "board", "answers");
        }
    }

    @Test
    void writesTheOffsetsDirectionsAndLimitsOfShiftedAndReversedServosAndKeepsTheComments() throws Exception {
        Joint abd = new Joint("lf_hip_abd_joint", 1, 2048 + 150, 1, -0.5, 0.55);
        Joint knee = new Joint("lf_knee_joint", 3, 2048 - 300, -1, -2.4, 0.0);
        Joint flex = new Joint("rf_hip_flex_joint", 5, 2048 + 77, -1, 1.5, -1.0);
        robot(abd, knee, flex);
        CliRun r = calibrate(-1, "--joints", "lf_hip_abd_joint,lf_knee_joint,rf_hip_flex_joint");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("wrote " + config + ": direction, zero offset and limits of 3 joint(s); comments "
                + "and layout kept", "joint 3 of 3: rf_hip_flex_joint (id 5); torque is off");
        ServoConfig after = ServoConfig.load(config);
        ServoConfig before = ServoConfig.load(EXAMPLE);
        JointMapping mapping = new JointMapping(after);
        for (Joint j : List.of(abd, knee, flex)) {
            int k = after.indexOf(j.name());
            JointConfig c = after.joints().get(k);
            assertThat(c.direction()).as(j.name()).isEqualTo(j.direction());
            assertThat(c.zeroOffsetRad()).as(j.name()).isCloseTo((j.zeroRaw() - 2048) / TICKS_PER_RAD, within(1e-4));
            assertThat(c.lowerRad()).as(j.name()).isCloseTo(Math.min(j.lowerRad(), j.upperRad()), within(1.5 / TICKS_PER_RAD));
            assertThat(c.upperRad()).as(j.name()).isCloseTo(Math.max(j.lowerRad(), j.upperRad()), within(1.5 / TICKS_PER_RAD));
            assertThat(mapping.toRaw(k, 0)).as(j.name()).isEqualTo(j.zeroRaw());
            assertThat(mapping.toRad(k, j.zeroRaw())).as(j.name()).isCloseTo(0, within(1e-3));
            assertThat(mapping.toRad(k, j.raw(0.5))).as(j.name()).isCloseTo(0.5, within(1e-3));
        }
        for (int k = 0; k < 12; k++) {
            if (!Set.of(0, 2, 4).contains(k)) {
                assertThat(after.joints().get(k)).isEqualTo(before.joints().get(k));
            }
        }
        List<String> was = original.lines().toList();
        List<String> now = Files.readString(config).lines().toList();
        assertThat(now).hasSameSizeAs(was);
        List<String> calibrated = List.of("{name: lf_hip_abd_joint,", "{name: lf_knee_joint,", "{name: rf_hip_flex_joint,");
        for (int k = 0; k < was.size(); k++) {
            String line = was.get(k);
            if (calibrated.stream().noneMatch(line::contains)) {
                assertThat(now.get(k)).as("line %d", k + 1).isEqualTo(line);
            }
        }
        assertThat(now.get(14)).isEqualTo("  - {name: lf_knee_joint, id: 3, direction: -1, zeroOffsetRad: -0.4602, "
                + "lowerRad: -2.4007, upperRad: 0.0, maxVelocityRadPerSec: 6.0}");
        assertThat(now.stream().filter(l -> l.startsWith("#")).count()).isEqualTo(6);
        assertThat(robot.torqued()).containsExactlyInAnyOrder(1, 3, 5);
        assertThat(robot.goalCount()).as("goals written while torque was on").isGreaterThan(10);
        assertThat(robot.goalsWithin(Math.toRadians(90) * 1.5, 50_000_000L)).as("speed bound, pty jitter allowed").isTrue();
        assertTorqueOffEverywhere();
    }

    @Test
    void aLimitOutsideTheServosRangeIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        robot(new Joint("lf_knee_joint", 3, 3900, 1, -1.0, 0.5));
        CliRun r = calibrate(-1, "--joints", "lf_knee_joint");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("servo calibrate: refused: lf_knee_joint at raw 4226 is outside the servo's "
                + "range 0..4095 (dynamixel2): nothing written; torque is off\n");
        assertNothingWritten();
        assertTorqueOffEverywhere();
    }

    @Test
    void aZeroOutsideTheChosenLimitsIsRefusedInOneLine() throws Exception {
        robot(new Joint("lf_knee_joint", 3, 2048, 1, 0.2, 1.0));
        CliRun r = calibrate(-1, "--joints", "lf_knee_joint");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("servo calibrate: refused: lf_knee_joint: its zero (raw 2048) is outside the "
                + "limits chosen (raw 2178..2700)").doesNotContain("\n\n");
        assertNothingWritten();
    }

    @Test
    void theEndOfInputMidWayWritesNothingAndLeavesTorqueOffOnEveryServo() throws Exception {
        for (int id = 1; id <= 12; id++) {
            emu.poke(id, XControlTable.TORQUE_ENABLE, 1, 1);
        }
        robot(new Joint("lf_hip_abd_joint", 1, 2100, 1, -0.5, 0.5), new Joint("lf_knee_joint", 3, 2000, -1, -2.0, 0.0));
        CliRun r = calibrate(7, "--joints", "lf_hip_abd_joint,lf_knee_joint");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("lf_knee_joint: did it move toward positive joint angles");
        assertThat(r.err()).isEqualTo("servo calibrate: the input ended before the calibration finished: nothing "
                + "written; torque is off\n");
        assertNothingWritten();
        assertTorqueOffEverywhere();
    }

    @Test
    void aConfigThatCannotBeEditedInPlaceGetsANewFileAndStdoutSaysSo() throws Exception {
        original = original.replace("  - {name: lf_knee_joint,", "  - &knee {name: lf_knee_joint,");
        Files.writeString(config, original);
        robot(new Joint("lf_knee_joint", 3, 1900, 1, -2.0, 0.0));
        CliRun r = calibrate(-1, "--joints", "lf_knee_joint");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Path written = dir.resolve("servos.calibrated.yaml");
        assertThat(r.out()).contains(config + " cannot be edited in place without losing its comments (it uses YAML "
                + "anchors, aliases or merge keys): wrote " + written + " instead, generated without comments; " + config
                + " is unchanged");
        assertThat(Files.readString(config)).isEqualTo(original);
        JointConfig knee = ServoConfig.load(written).joints().get(2);
        assertThat(knee.zeroOffsetRad()).isCloseTo(-148 / TICKS_PER_RAD, within(1e-4));
    }

    @Test
    void ctrlCDuringTheDirectionMoveTurnsTorqueOffAndWritesNothing() throws Exception {
        robot(new Joint("lf_knee_joint", 3, 2000, -1, -2.0, 0.0));
        Path fifo = dir.resolve("answers");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        try (CliProcess cli = CliProcess.start(Map.of(), "servo", "calibrate", "--config", config.toString(),
                "--joints", "lf_knee_joint", "--speed-deg-s", "1", "--input", fifo.toString())) {
            CompletableFuture<OutputStream> in = CompletableFuture.supplyAsync(() -> {
                try {
                    return new FileOutputStream(fifo.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!emu.torque(3) && System.nanoTime() < deadline) {
                List<String> out = cli.stdout();
                for (; seen < out.size(); seen++) {
                    String answer = robot.respond(out.get(seen));
                    if (answer != null) {
                        in.get(10, TimeUnit.SECONDS).write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                        in.get().flush();
                    }
                }
                Thread.sleep(20);
            }
            assertThat(emu.torque(3)).as(cli.transcript()).isTrue();
            cli.signal("INT");
            OptionalInt code = cli.awaitExit(Duration.ofSeconds(30));
            assertThat(code).as(cli.transcript()).hasValue(130);
            assertThat(cli.stderr()).as(cli.transcript()).contains("servo calibrate: interrupted: nothing written; torque is off");
            in.get().close();
        }
        assertThat(Files.readString(config)).isEqualTo(original);
        assertTorqueOffEverywhere();
    }

    @Test
    void withoutATerminalOrInputItSaysWhatToGive() throws Exception {
        CliRun r = CliRun.of("servo", "calibrate", "--config", config.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("calibrate: error: no terminal to ask on: give --input FILE, or --input - "
                + "for stdin");
        CliRun noConfig = CliRun.of("servo", "calibrate", "--port", "/dev/null", "--protocol", "dynamixel2", "--ids", "1");
        assertThat(noConfig.err().strip()).isEqualTo("calibrate: error: give --config FILE: calibrate writes the measured "
                + "values into it");
        CliRun unknown = CliRun.of("servo", "calibrate", "--config", config.toString(), "--joints", "knee", "--input", "-");
        assertThat(unknown.err().strip()).startsWith("calibrate: error: unknown joint 'knee': choose from [lf_hip_abd_joint");
        assertThat(CliRun.of("servo", "--help").out()).contains("calibrate");
    }
}
