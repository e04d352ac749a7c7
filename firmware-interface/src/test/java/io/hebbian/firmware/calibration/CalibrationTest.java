package io.hebbian.firmware.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.calibration.CalibrationStep.Answer;
import io.hebbian.firmware.calibration.CalibrationStep.Ask;
import io.hebbian.firmware.calibration.CalibrationStep.Finished;
import io.hebbian.firmware.calibration.CalibrationStep.Move;
import io.hebbian.firmware.calibration.CalibrationStep.Refused;
import io.hebbian.firmware.config.JointCalibration;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk-through as a pure state machine: scripted answers and servo angles in, steps out; no bus, no terminal. */
class CalibrationTest {

    private static final double TICK = 2 * Math.PI / 4096;
    private final ServoConfig config = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
    private final CalibrationSettings retry = CalibrationSettings.defaults();
    private final CalibrationSettings once = retry.withRetryRefused(false);

    /** Servo angle of raw position {@code raw} (centre 2048). */
    private static double angle(int raw) {
        return (raw - 2048) * TICK;
    }

    @Test
    void walksZeroEndsMoveAndDirectionForEachJointAndComputesTheMapping() {
        Calibration c = new Calibration(config, List.of("lf_knee_joint", "rf_hip_abd_joint"), once);
        CalibrationStep s = c.start();
        assertThat(s).isInstanceOf(Ask.class);
        assertThat(s.notice()).containsExactly("joint 1 of 2: lf_knee_joint (id 3); torque is off");
        assertThat(((Ask) s).prompt()).isEqualTo("lf_knee_joint: move the joint by hand to its zero angle, then press Enter");
        // knee: zero at raw 2348 (an end), range down to raw 3948, servo turning up = joint turning down
        s = c.answer("", angle(2348));
        assertThat(((Ask) s).prompt()).contains("one end of its range");
        s = c.answer("", angle(3948));
        assertThat(((Ask) s).prompt()).contains("the other end");
        s = c.answer("", angle(2348));
        Move m = (Move) s;
        assertThat(m.joint()).isEqualTo(2);
        assertThat(m.toRad()).isCloseTo(angle(2348) + Math.toRadians(10), within(1e-12));
        assertThat(m.notice()).singleElement().asString().contains("torque on for this joint only", "10.0 deg");
        s = c.moved(angle(2348), angle(2348 + 110));
        assertThat(((Ask) s).answer()).isEqualTo(Answer.YES_NO);
        assertThat(((Ask) s).prompt()).isEqualTo("lf_knee_joint: did it move toward positive joint angles (toward its "
                + "upper limit, 57.3 deg in the config)? [y/n]");
        s = c.answer(" N ", Double.NaN);
        assertThat(s.notice().get(0)).isEqualTo("lf_knee_joint: direction -1, zero offset 0.4602 rad (raw 2348), "
                + "limits [-2.4544, 0.0000] rad ([-140.6, 0.0] deg)");
        assertThat(s.notice().get(1)).startsWith("joint 2 of 2: rf_hip_abd_joint (id 4)");
        // hip: zero in the middle, ends either side, servo turning down = joint turning down
        s = c.answer("", angle(1900));
        s = c.answer("", angle(1500));
        s = c.answer("", angle(2300));
        assertThat(((Move) s).toRad()).isCloseTo(angle(2300) - Math.toRadians(10), within(1e-12));
        s = c.moved(angle(2300), angle(2300 - 114));
        s = c.answer("yes", Double.NaN);
        assertThat(s).isInstanceOf(Finished.class);
        List<JointCalibration> got = ((Finished) s).joints();
        assertThat(got).hasSize(2);
        assertJoint(got.get(0), "lf_knee_joint", -1, angle(2348), -1600 * TICK, 0);
        assertJoint(got.get(1), "rf_hip_abd_joint", -1, angle(1900), -400 * TICK, 400 * TICK);
    }

    private static void assertJoint(JointCalibration j, String name, int direction, double zero, double lower, double upper) {
        assertThat(j.name()).isEqualTo(name);
        assertThat(j.direction()).isEqualTo(direction);
        assertThat(j.zeroOffsetRad()).isCloseTo(zero, within(1e-12));
        assertThat(j.lowerRad()).isCloseTo(lower, within(1e-12));
        assertThat(j.upperRad()).isCloseTo(upper, within(1e-12));
    }

    @Test
    void aReadingOutsideTheServosRawRangeIsRefusedInOneLine() {
        Calibration c = new Calibration(config, List.of("lf_knee_joint"), once);
        c.start();
        c.answer("", angle(2048));
        CalibrationStep s = c.answer("", angle(4300));
        assertThat(s).isEqualTo(new Refused("refused: lf_knee_joint at raw 4300 is outside the servo's range 0..4095 "
                + "(dynamixel2)"));
        Calibration negative = new Calibration(config, List.of("lf_knee_joint"), once);
        negative.start();
        assertThat(((Refused) negative.answer("", angle(-20))).line()).contains("at raw -20 is outside");
    }

    @Test
    void withRetryARefusedReadingAsksTheSameStepAgain() {
        Calibration c = new Calibration(config, List.of("lf_knee_joint"), retry);
        c.start();
        c.answer("", angle(2048));
        Ask again = (Ask) c.answer("", angle(4300));
        assertThat(again.notice()).containsExactly("refused: lf_knee_joint at raw 4300 is outside the servo's range "
                + "0..4095 (dynamixel2)");
        assertThat(again.prompt()).contains("one end of its range");
        assertThat(((Ask) c.answer("", angle(3000))).prompt()).contains("the other end");
    }

    @Test
    void aZeroOutsideTheChosenLimitsIsRefused() {
        Calibration c = new Calibration(config, List.of("lf_hip_abd_joint"), once);
        c.start();
        c.answer("", angle(1000));
        c.answer("", angle(1500));
        assertThat(c.answer("", angle(2500))).isEqualTo(new Refused("refused: lf_hip_abd_joint: its zero (raw 1000) is "
                + "outside the limits chosen (raw 1500..2500)"));
    }

    @Test
    void withRetryARefusedRangeStartsTheJointAgainFromItsZero() {
        Calibration c = new Calibration(config, List.of("lf_hip_abd_joint"), retry);
        c.start();
        c.answer("", angle(1000));
        c.answer("", angle(1500));
        Ask again = (Ask) c.answer("", angle(2500));
        assertThat(again.notice()).hasSize(3).first().asString().startsWith("refused: lf_hip_abd_joint: its zero");
        assertThat(again.prompt()).contains("to its zero angle");
        c.answer("", angle(2000));
        c.answer("", angle(1500));
        assertThat(c.answer("", angle(2500))).isInstanceOf(Move.class);
    }

    @Test
    void endsCloserThanTwoDegreesAreRefused() {
        Calibration c = new Calibration(config, List.of("lf_hip_abd_joint"), once);
        c.start();
        c.answer("", angle(2048));
        c.answer("", angle(2040));
        assertThat(((Refused) c.answer("", angle(2060))).line()).isEqualTo("refused: lf_hip_abd_joint: the two ends "
                + "are 1.8 deg apart (raw 2040 and 2060): move it to each end of its range");
    }

    @Test
    void theMoveIsAtMostAThirdOfTheRangeAndAMoveThatDidNotHappenIsRefused() {
        Calibration c = new Calibration(config, List.of("lf_hip_abd_joint"), retry);
        c.start();
        c.answer("", angle(2048));
        c.answer("", angle(2000));
        Move m = (Move) c.answer("", angle(2090));
        assertThat(m.toRad()).isCloseTo(angle(2090) - 30 * TICK, within(1e-12));
        Ask again = (Ask) c.moved(angle(2090), angle(2085));
        assertThat(again.notice()).containsExactly("refused: lf_hip_abd_joint moved 0.4 deg of the 2.6 deg asked: is it "
                + "powered, blocked or held?");
        assertThat(again.prompt()).isEqualTo("lf_hip_abd_joint: press Enter to try the move again");
        assertThat(c.answer("", angle(2090))).isInstanceOf(Move.class);
        assertThat(((Ask) c.moved(angle(2090), angle(2060))).answer()).isEqualTo(Answer.YES_NO);
    }

    @Test
    void answersOtherThanEnterOrYesNoAreRefused() {
        Calibration c = new Calibration(config, List.of("lf_hip_abd_joint"), once);
        c.start();
        assertThat(c.answer("y", angle(2048))).isEqualTo(new Refused("refused: expected just Enter (an empty line), got 'y'"));
        Calibration r = new Calibration(config, List.of("lf_hip_abd_joint"), retry);
        r.start();
        r.answer("", angle(2048));
        r.answer("", angle(1800));
        r.answer("", angle(2300));
        r.moved(angle(2300), angle(2186));
        Ask again = (Ask) r.answer("maybe", Double.NaN);
        assertThat(again.notice()).containsExactly("refused: expected y or n, got 'maybe'");
        assertThat(again.answer()).isEqualTo(Answer.YES_NO);
    }

    @Test
    void unknownJointsAndMaestroAreUserErrors() {
        assertThatThrownBy(() -> new Calibration(config, List.of("knee"), once))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown joint 'knee': choose from [");
        assertThatThrownBy(() -> new Calibration(config, List.of("lf_knee_joint", "lf_knee_joint"), once))
                .hasMessage("joint 'lf_knee_joint' is listed twice");
        assertThatThrownBy(() -> new Calibration(TestConfigs.quad(Protocol.MAESTRO, 0), List.of(), once))
                .hasMessageContaining("Maestro reports the pulse it sends");
    }

    @Test
    void anEmptyJointListMeansEveryJointInConfigOrder() {
        assertThat(new Calibration(config, List.of(), once).joints()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void stepsOutOfOrderAreProgrammerErrors() {
        Calibration c = new Calibration(config, List.of(), once);
        c.start();
        assertThatThrownBy(() -> c.moved(0, 0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::start).isInstanceOf(IllegalStateException.class);
    }
}
