package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import io.hebbian.firmware.emulator.PtyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hebbian servo preflight} over a socat pty pair with the Dynamixel emulator on the far end: the
 * repository's servo-quad model against a 12-servo config, one broken thing per test, each with its line
 * and exit code. Torque must stay off throughout.
 */
@Timeout(60)
class ServoPreflightCommandTest {

    private static final Path MODEL = Path.of("../models/servo-quad-hebbian.json");
    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);
    private static final String[] LEGS = {"lf", "rf", "lb", "rb"};

    @TempDir
    Path dir;
    private PtyPair pty;
    private PtyBoardRunner board;
    private final DynamixelEmulator emu = new DynamixelEmulator(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    /** One joint line of the config: name, id, direction and the limits of the servo-quad model. */
    private record Joint(String name, int id, int direction, double lower, double upper) {
        String yaml() {
            return "  - {name: " + name + ", id: " + id + ", direction: " + direction + ", zeroOffsetRad: 0.0, lowerRad: "
                    + lower + ", upperRad: " + upper + ", maxVelocityRadPerSec: 6.0}\n";
        }
    }

    private final List<Joint> joints = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat not installed: pty tests skipped");
        pty = new PtyPair(dir).start();
        board = new PtyBoardRunner(pty.boardPath().toString(), emu);
        for (int leg = 0; leg < 4; leg++) {
            int dirn = leg % 2 == 0 ? 1 : -1;
            int id = leg * 3 + 1;
            joints.add(new Joint(LEGS[leg] + "_hip_abd_joint", id, dirn, -0.6, 0.6));
            joints.add(new Joint(LEGS[leg] + "_hip_flex_joint", id + 1, dirn, -1.0, 1.6));
            joints.add(new Joint(LEGS[leg] + "_knee_joint", id + 2, dirn, -2.6, 0.0));
            setJointRad(id + 2, dirn, -1.0);
        }
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

    /** Puts servo {@code id}'s present position where joint angle {@code rad} is, with the true direction. */
    private void setJointRad(int id, int direction, double rad) {
        emu.poke(id, XControlTable.PRESENT_POSITION, (int) Math.round(2048 + direction * rad * TICKS_PER_RAD), 4);
    }

    private Path config() throws Exception {
        StringBuilder b = new StringBuilder("protocol: dynamixel2\nport: " + pty.hostPath() + "\nbaud: 1000000\n"
                + "responseTimeoutMillis: 200\nfastSyncRead: true\njoints:\n");
        joints.forEach(j -> b.append(j.yaml()));
        Path f = dir.resolve("servos.yaml");
        Files.writeString(f, b.toString());
        return f;
    }

    private CliRun preflight(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("servo", "preflight", "--config", config().toString(),
                "--model", MODEL.toString(), "--cycles", "10"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).as("torque of servo %d after preflight", id).isFalse();
        }
        return r;
    }

    private static List<String> lines(CliRun r, String prefix) {
        return r.out().lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void aMatchingRobotHasNoBlockerAndReportsReturnDelayAndAdapter() throws Exception {
        CliRun r = preflight();
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(lines(r, "BLOCKER")).isEmpty();
        assertThat(r.out()).contains("OK      joint order:", "OK      servos: all 12 answer",
                "OK      positions: all 12 joints inside their limits", "not an FTDI adapter", "no blockers");
        // measured on a real pty: a loaded machine may overrun one paced read (WARN), but never block
        assertThat(r.out()).containsPattern("(?m)^(OK      |WARN    )cycle time: measured read p50");
        assertThat(lines(r, "WARN    return delay")).singleElement().asString()
                .contains("1=500 us", "write 0 to Return Delay Time (address 9");
    }

    @Test
    void swappedJointOrderIsABlocker() throws Exception {
        Joint first = joints.get(0);
        joints.set(0, joints.get(1));
        joints.set(1, first);
        CliRun r = preflight();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "BLOCKER")).singleElement().asString().startsWith("BLOCKER joint order: position 0 is "
                + "lf_hip_flex_joint in the config, lf_hip_abd_joint in the model; position 1 is lf_hip_abd_joint");
    }

    @Test
    void flippedDirectionIsABlockerThatNamesTheDirection() throws Exception {
        Joint knee = joints.get(2);
        joints.set(2, new Joint(knee.name(), knee.id(), -knee.direction(), knee.lower(), knee.upper()));
        CliRun r = preflight();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "BLOCKER")).singleElement().asString()
                .startsWith("BLOCKER position lf_knee_joint: at 1.000 rad, outside its limits [-2.600, 0.000] rad")
                .contains("its 'direction' looks flipped");
    }

    @Test
    void mirroredLimitsAreABlocker() throws Exception {
        Joint knee = joints.get(5);
        joints.set(5, new Joint(knee.name(), knee.id(), -knee.direction(), 0.0, 2.6));
        CliRun r = preflight();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "BLOCKER limits rf_knee_joint")).singleElement().asString()
                .contains("mirrored", "flip its 'direction'");
    }

    @Test
    void aSilentServoIsABlocker() throws Exception {
        emu.setSilent(5, true);
        CliRun r = preflight();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "BLOCKER servo")).containsExactly(
                "BLOCKER servo 5 (rf_hip_flex_joint): does not answer a ping: check its power, cable, id and baud "
                        + "rate (1000000 bit/s)");
        assertThat(r.out()).contains("BLOCKER positions: not checked: not every servo answers");
    }

    @Test
    void aPositionOutsideItsLimitsIsABlocker() throws Exception {
        setJointRad(7, 1, 1.0);
        CliRun r = preflight();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "BLOCKER")).singleElement().asString()
                .startsWith("BLOCKER position lb_hip_abd_joint: at 1.000 rad, outside its limits [-0.600, 0.600] rad")
                .contains("move it into range by hand");
    }

    @Test
    void aSixteenMillisecondLatencyTimerIsPrintedWithItsFixAndBlocksTheModelsRate() throws Exception {
        String tty = pty.hostPath().toRealPath().getFileName().toString();
        Path sysfs = dir.resolve("sys");
        Path timer = sysfs.resolve("bus/usb-serial/devices").resolve(tty).resolve("latency_timer");
        Files.createDirectories(timer.getParent());
        Files.writeString(timer, "16\n");
        CliRun r = preflight("--sysfs", sysfs.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(lines(r, "WARN    usb latency")).singleElement().asString()
                .contains("latency_timer 16 ms", "echo 1 | sudo tee " + timer);
        assertThat(lines(r, "BLOCKER")).singleElement().asString().startsWith("BLOCKER cycle time:")
                .contains("16.00 ms USB latency", "model's period 16.50 ms");
    }
}
