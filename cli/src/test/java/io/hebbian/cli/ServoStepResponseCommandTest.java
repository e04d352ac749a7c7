package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.evolution.train.Checkpoint;
import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import io.hebbian.firmware.emulator.PtyPair;
import io.hebbian.sim.env.ServoModel;
import io.hebbian.sim.servo.ServoPresetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hebbian servo step-response} over a socat pty pair against the Dynamixel emulator with known dynamics
 * (dead time, lag, speed cap, deadband, in wall time): the fitted preset gives back its lag and speed cap
 * within 10 %, {@code evolve --servo FILE} reads it, and bad steps are one line with torque never on.
 */
@Timeout(120)
class ServoStepResponseCommandTest {

    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);
    private static final double DEAD_S = 0.008;
    private static final double LAG_S = 0.04;
    private static final double SPEED_RAD_S = 4.0;
    private static final double DEADBAND_RAD = 0.003;

    @TempDir
    Path dir;
    private PtyPair pty;
    private PtyBoardRunner board;
    private final DynamixelEmulator emu = new DynamixelEmulator(1, 2, 3);

    @BeforeEach
    void start() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat not installed: pty tests skipped");
        pty = new PtyPair(dir).start();
        emu.poke(3, XControlTable.PRESENT_POSITION, (int) Math.round(2048 - 1.0 * TICKS_PER_RAD), 4);
        emu.setDynamics(DEAD_S, LAG_S, SPEED_RAD_S, DEADBAND_RAD);
        board = new PtyBoardRunner(pty.boardPath().toString(), emu);
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

    private Path config() throws Exception {
        Path f = dir.resolve("leg.yaml");
        Files.writeString(f, "protocol: dynamixel2\nport: " + pty.hostPath() + "\nbaud: 1000000\n"
                + "responseTimeoutMillis: 200\nfastSyncRead: true\njoints:\n"
                + "  - {name: lf_hip_abd_joint, id: 1, direction: 1, zeroOffsetRad: 0.0, lowerRad: -0.6, upperRad: 0.6}\n"
                + "  - {name: lf_hip_flex_joint, id: 2, direction: 1, zeroOffsetRad: 0.0, lowerRad: -1.0, upperRad: 1.6}\n"
                + "  - {name: lf_knee_joint, id: 3, direction: 1, zeroOffsetRad: 0.0, lowerRad: -2.6, upperRad: 0.0}\n");
        return f;
    }

    private CliRun stepResponse(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("servo", "step-response", "--config", config().toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--joint")) {
            args.addAll(List.of("--joint", "lf_knee_joint"));
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private void assertTorqueOff() {
        for (int id = 1; id <= 3; id++) {
            assertThat(emu.torque(id)).as("torque of servo %d", id).isFalse();
        }
    }

    private static void assertOneLineUsageError(CliRun r, String text) {
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(text);
    }

    @Test
    void theFittedPresetHasTheEmulatedLagAndSpeedCapAndEvolveReadsIt() throws Exception {
        Path preset = dir.resolve("knee.json");
        CliRun r = stepResponse("--step", "0.5", "--duration", "0.6", "--out", preset.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertTorqueOff();
        assertThat(r.out()).contains("lf_knee_joint:", "torque off", "lag (time constant)", "speed cap",
                "hebbian evolve --servo " + preset);
        ServoModel m = ServoPresetFile.read(preset);
        String fitted = m + " (" + r.out() + ")";
        assertThat(m.timeConstantSeconds()).as("lag of " + fitted).isCloseTo(LAG_S, Offset.offset(0.1 * LAG_S));
        assertThat(m.maxVelocityRadPerSec()).as("speed cap of " + fitted)
                .isCloseTo(SPEED_RAD_S, Offset.offset(0.1 * SPEED_RAD_S));
        assertThat(m.deadbandRad() + m.backlashRad() / 2).as("play of " + fitted)
                .isCloseTo(DEADBAND_RAD, Offset.offset(0.002));
        assertThat(m.latencySteps()).as("8 ms dead time in 16.5 ms control steps: " + fitted).isBetween(0, 1);
        assertThat(m.name()).isEqualTo("fitted-lf_knee_joint");
        List<String> csv = Files.readAllLines(dir.resolve("knee.csv"));
        assertThat(csv.get(0)).isEqualTo("time_s,commanded_rad,measured_rad");
        assertThat(csv).hasSizeGreaterThan(200);
        assertThat(csv.get(1)).contains(",-1.000155,-1.000155");

        EvolveCommand evolve = new EvolveCommand();
        new CommandLine(evolve).parseArgs("--out", dir.resolve("run").toString(), "--servo", preset.toString(),
                "--hidden", "8", "--noise-table-size", "1000");
        Checkpoint plan = evolve.freshRun();
        assertThat(TrainingProblem.fromJson(plan.problem()).sim().servo()).isEqualTo(m);
    }

    @Test
    void aStepThatWouldLeaveTheLimitsIsOneLineAndTorqueNeverGoesOn() throws Exception {
        emu.poke(3, XControlTable.PRESENT_POSITION, (int) Math.round(2048 - 0.25 * TICKS_PER_RAD), 4);
        CliRun r = stepResponse("--step", "0.3", "--out", dir.resolve("z.json").toString());
        assertOneLineUsageError(r, "a step of +0.300 rad from lf_knee_joint's -0.250 rad ends at 0.050 rad, "
                + "outside its limits [-2.600, 0.000] rad: from here the step must be within [-0.500, +0.250] rad");
        emu.poke(3, XControlTable.PRESENT_POSITION, (int) Math.round(2048 - 2.5 * TICKS_PER_RAD), 4);
        assertOneLineUsageError(stepResponse("--step", "-0.3", "--out", dir.resolve("z.json").toString()),
                "a step of -0.300 rad from lf_knee_joint's -2.500 rad ends at -2.800 rad, outside its limits "
                        + "[-2.600, 0.000] rad: from here the step must be within [-0.100, +0.500] rad");
        assertTorqueOff();
        assertThat(emu.read(3, XControlTable.GOAL_POSITION, 4)).as("no goal ever written").isEqualTo(2048);
        assertThat(dir.resolve("z.json")).doesNotExist();
    }

    @Test
    void aStepLargerThanTheSafeBoundIsOneLine() throws Exception {
        assertOneLineUsageError(stepResponse("--step", "0.8", "--out", dir.resolve("k.json").toString()),
                "step must be within 0.01 to 0.5 rad");
        assertOneLineUsageError(stepResponse("--step", "0.3", "--out", dir.resolve("k.txt").toString()),
                "--out must name a .json file");
        assertOneLineUsageError(stepResponse("--step", "0.3", "--joint", "tail", "--out",
                dir.resolve("k.json").toString()), "unknown joint 'tail'");
        assertTorqueOff();
    }
}
