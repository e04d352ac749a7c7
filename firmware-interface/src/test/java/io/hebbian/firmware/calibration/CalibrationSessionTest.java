package io.hebbian.firmware.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bus.JointMapping;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.JointCalibration;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.HandHeldRobot;
import io.hebbian.firmware.emulator.LoopbackLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The walk-through against the Dynamixel emulator over an in-memory link, on a test clock: servos at known raw
 * offsets (one mounted reversed) and a scripted person who moves the joints and says what they saw.
 */
class CalibrationSessionTest {

    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);
    private final ServoConfig config = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
    private final DynamixelEmulator emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
    private final HandHeldRobot.Joint knee = new HandHeldRobot.Joint("lf_knee_joint", 3, 2048 + 200, -1, -2.0, 0.0);
    private final HandHeldRobot.Joint hip = new HandHeldRobot.Joint("rf_hip_abd_joint", 4, 2048 - 150, 1, -0.6, 0.6);
    private final HandHeldRobot robot = new HandHeldRobot(emu, List.of(knee, hip));
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ServoBus bus = ServoBuses.create(Calibration.busConfig(config), new LoopbackLink(robot, now::get), now::get);
    private final List<String> printed = new ArrayList<>();

    private CalibrationSession session() {
        return new CalibrationSession(bus, now::get, nanos -> now.addAndGet(nanos));
    }

    private Calibration calibration() {
        return new Calibration(config, List.of("lf_knee_joint", "rf_hip_abd_joint"),
                CalibrationSettings.defaults().withRetryRefused(false));
    }

    /** The person at the last printed prompt; the input ends after {@code lines} answers (never if negative). */
    private CalibrationSession.LineSource person(int lines) {
        int[] answered = {0};
        return () -> answered[0]++ == lines ? null : robot.respond(printed.get(printed.size() - 1));
    }

    @Test
    void findsEachServosOffsetAndMountingAndTorquesOnlyTheMovingJointAtBoundedSpeed() throws Exception {
        CalibrationOutcome o = session().run(calibration(), person(-1), printed::add);
        List<JointCalibration> joints = ((CalibrationOutcome.Calibrated) o).joints();
        assertThat(joints).extracting(JointCalibration::direction).containsExactly(-1, 1);
        assertThat(joints.get(0).zeroOffsetRad()).isCloseTo(200 / TICKS_PER_RAD, within(1e-12));
        assertThat(joints.get(1).zeroOffsetRad()).isCloseTo(-150 / TICKS_PER_RAD, within(1e-12));
        assertThat(joints.get(0).lowerRad()).isCloseTo(-2.0, within(1 / TICKS_PER_RAD));
        assertThat(joints.get(0).upperRad()).isEqualTo(0.0);
        assertThat(joints.get(1).lowerRad()).isCloseTo(-0.6, within(1 / TICKS_PER_RAD));
        assertThat(joints.get(1).upperRad()).isCloseTo(0.6, within(1 / TICKS_PER_RAD));
        ServoConfig calibrated = new ServoConfig(config.protocol(), "", config.baud(), config.units(), 20, true,
                List.of(joints.get(0).applyTo(config.joints().get(2)), joints.get(1).applyTo(config.joints().get(3))),
                Map.of());
        JointMapping m = new JointMapping(calibrated);
        assertThat(m.toRaw(0, 0)).isEqualTo(knee.zeroRaw());
        assertThat(m.toRaw(1, 0)).isEqualTo(hip.zeroRaw());
        assertThat(m.toRad(0, knee.raw(-1.0))).isCloseTo(-1.0, within(1e-3));
        assertThat(robot.torqued()).containsExactlyInAnyOrder(3, 4);
        assertThat(robot.goalCount()).isGreaterThan(40);
        assertThat(robot.goalsWithin(Math.toRadians(20), 0)).isTrue();
        assertThat(robot.goalsWithin(Math.toRadians(15), 0)).isFalse();
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).as("torque of %d", id).isFalse();
            assertThat(emu.watchdogExpired(id)).isFalse();
        }
        assertThat(emu.read(3, XControlTable.PRESENT_POSITION, 4)).as("back where the move started").isEqualTo(knee.raw(0.0));
    }

    @Test
    void theEndOfInputMidWayStopsWithTorqueOffEverywhere() throws Exception {
        for (int id = 1; id <= 12; id++) {
            emu.poke(id, XControlTable.TORQUE_ENABLE, 1, 1);
        }
        CalibrationOutcome o = session().run(calibration(), person(3), printed::add);
        assertThat(o).isEqualTo(new CalibrationOutcome.Stopped("the input ended before the calibration finished"));
        assertThat(printed.get(printed.size() - 1)).endsWith("[y/n]");
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).as("torque of %d", id).isFalse();
        }
    }

    @Test
    void afterStopTorqueIsNeverTurnedOnAgain() {
        CalibrationSession s = session();
        CalibrationSession.LineSource in = person(-1);
        int[] lines = {0};
        CalibrationSession.LineSource stopping = () -> {
            if (++lines[0] == 3) {
                s.stop();
            }
            return in.nextLine();
        };
        assertThatThrownBy(() -> s.run(calibration(), stopping, printed::add)).isInstanceOf(ServoException.class)
                .hasMessage("stopped: torque stays off");
        assertThat(robot.torqued()).isEmpty();
    }

    @Test
    void aJointThatDoesNotMoveIsRefused() throws Exception {
        emu.setStuck(3, true);
        CalibrationOutcome o = session().run(calibration(), person(-1), printed::add);
        assertThat(o).isEqualTo(new CalibrationOutcome.Stopped("refused: lf_knee_joint moved 0.0 deg of the 10.0 deg "
                + "asked: is it powered, blocked or held?"));
        assertThat(emu.torque(3)).isFalse();
    }
}
