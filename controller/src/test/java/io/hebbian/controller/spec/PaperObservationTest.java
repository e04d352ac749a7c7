package io.hebbian.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pybullet's 28 Ant inputs against hand-computed values for a known pose and velocity. */
class PaperObservationTest {

    private static final List<String> LEGS = List.of("left-front", "right-front", "left-back", "right-back");
    /** pybullet's foot order (XML legs 1-4). */
    private static final List<String> FEET = List.of("left-front", "left-back", "right-back", "right-front");
    private static final double EPS = 1e-12;

    private static List<JointLimits> joints() {
        List<JointLimits> j = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            j.add(new JointLimits("hip_" + n, Math.toRadians(-40), Math.toRadians(40)));
            j.add(new JointLimits("ankle_" + n, Math.toRadians(30), Math.toRadians(100)));
        }
        return j;
    }

    /** Orientation of roll φ, pitch θ, yaw ψ (ZYX: q = qz(ψ) qy(θ) qx(φ)), written into {@code imu}. */
    private static void orient(ImuSample imu, double roll, double pitch, double yaw) {
        double cr = Math.cos(roll / 2), sr = Math.sin(roll / 2);
        double cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2);
        double cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2);
        imu.orientationWxyz[0] = cr * cp * cy + sr * sp * sy;
        imu.orientationWxyz[1] = sr * cp * cy - cr * sp * sy;
        imu.orientationWxyz[2] = cr * sp * cy + sr * cp * sy;
        imu.orientationWxyz[3] = cr * cp * sy - sr * sp * cy;
    }

    @Test
    void theTwentyEightValuesInPybulletsOrder() {
        List<JointLimits> limits = joints();
        ObservationSpec spec = ObservationSpec.paper(limits, FEET);
        assertThat(spec.size()).isEqualTo(28);
        assertThat(spec.privilegedChannels()).containsExactly("body_height", "body_velocity/x", "body_velocity/y",
                "body_velocity/z");
        List<String> order = limits.stream().map(JointLimits::name).toList();
        ObservationBuilder b = ObservationBuilder.simulated(spec, order, LEGS);
        JointStateSample js = new JointStateSample(8);
        ImuSample imu = new ImuSample();
        BodySample body = new BodySample();
        double[] out = new double[28];
        // the start: facing yaw 0.3, torso at 0.75 m
        orient(imu, 0, 0, 0.3);
        body.heightM = 0.75;
        assertThat(b.build(js, imu, new double[4], body, out)).isTrue();
        assertThat(out[0]).isEqualTo(0.0);
        assertThat(out[1]).isCloseTo(0.0, within(EPS));
        assertThat(out[2]).isCloseTo(1.0, within(EPS));
        // later: turned 0.5 to the left, rolled 0.1, pitched -0.2, lower, moving
        double yaw = 0.8;
        orient(imu, 0.1, -0.2, yaw);
        body.heightM = 0.6;
        body.velocityMps[0] = 1.0;
        body.velocityMps[1] = 2.0;
        body.velocityMps[2] = -0.5;
        for (int k = 0; k < 8; k++) {
            js.positionRad[k] = limits.get(k).lowerRad() + 0.1 * (k + 1) * limits.get(k).rangeRad();
            js.velocityRadPerSec[k] = k - 3.5;
        }
        double[] contacts = {1, 0, 0, 1};      // left-front and right-back touch (robot leg order)
        assertThat(b.build(js, imu, contacts, body, out)).isTrue();
        double[] expected = new double[28];
        expected[0] = 0.6 - 0.75;
        expected[1] = Math.sin(-0.5);          // angle to a target straight ahead at the start = -turn
        expected[2] = Math.cos(-0.5);
        expected[3] = 0.3 * (Math.cos(yaw) * 1.0 + Math.sin(yaw) * 2.0);
        expected[4] = 0.3 * (-Math.sin(yaw) * 1.0 + Math.cos(yaw) * 2.0);
        expected[5] = 0.3 * -0.5;
        expected[6] = 0.1;
        expected[7] = -0.2;
        for (int k = 0; k < 8; k++) {
            expected[8 + 2 * k] = 2 * (0.1 * (k + 1)) - 1;
            expected[9 + 2 * k] = 0.1 * (k - 3.5);
        }
        expected[24] = 1;                      // left-front
        expected[25] = 0;                      // left-back
        expected[26] = 1;                      // right-back
        expected[27] = 0;                      // right-front
        for (int k = 0; k < 28; k++) {
            assertThat(out[k]).as(spec.channels().get(k).name()).isCloseTo(expected[k], within(1e-9));
        }
    }

    @Test
    void everyValueIsClippedToFive() {
        List<JointLimits> limits = joints();
        ObservationSpec spec = ObservationSpec.paper(limits, FEET);
        ObservationBuilder b = ObservationBuilder.simulated(spec, limits.stream().map(JointLimits::name).toList(), LEGS);
        JointStateSample js = new JointStateSample(8);
        ImuSample imu = new ImuSample();
        BodySample body = new BodySample();
        double[] out = new double[28];
        b.build(js, imu, new double[4], body, out);
        body.heightM = 12;
        body.velocityMps[0] = -40;
        js.velocityRadPerSec[0] = 80;
        js.positionRad[2] = 10;
        b.build(js, imu, new double[4], body, out);
        assertThat(out[0]).isEqualTo(5.0);
        assertThat(out[3]).isEqualTo(-5.0);
        assertThat(out[9]).isEqualTo(5.0);
        assertThat(out[12]).as("hip_2 position").isEqualTo(5.0);
    }

    @Test
    void onlyASimulatorBuilderReadsPrivilegedState() {
        List<JointLimits> limits = joints();
        ObservationSpec spec = ObservationSpec.paper(limits, FEET);
        List<String> order = limits.stream().map(JointLimits::name).toList();
        assertThatThrownBy(() -> new ObservationBuilder(spec, order, LEGS))
                .hasMessage("observation channels [body_height, body_velocity/x, body_velocity/y, body_velocity/z] "
                        + "read privileged simulator state, which a robot interface cannot provide");
        ObservationBuilder sim = ObservationBuilder.simulated(spec, order, LEGS);
        assertThatThrownBy(() -> sim.build(new JointStateSample(8), new ImuSample(), new double[4], new double[28]))
                .hasMessageContaining("pass the simulator's BodySample");
        BodySample nan = new BodySample();
        nan.heightM = Double.NaN;
        assertThat(sim.build(new JointStateSample(8), new ImuSample(), new double[4], nan, new double[28])).isFalse();
        assertThat(ObservationSpec.standard(limits, false, true).isPrivileged()).isFalse();
    }
}
