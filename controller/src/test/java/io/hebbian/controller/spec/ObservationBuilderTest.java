package io.hebbian.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationBuilderTest {

    static final List<JointLimits> JOINTS = List.of(new JointLimits("hip", -1, 1), new JointLimits("knee", 0.5, 1.5));

    @Test
    void standardSpecHasPositionsVelocitiesGravityGyro() {
        ObservationSpec spec = ObservationSpec.standard(JOINTS, false);
        assertThat(spec.channelNames()).containsExactly("joint_pos/hip", "joint_pos/knee", "joint_vel/hip",
                "joint_vel/knee", "gravity/x", "gravity/y", "gravity/z", "gyro/x", "gyro/y", "gyro/z");
        assertThat(ObservationSpec.standard(JOINTS, true).size()).isEqualTo(13);
    }

    @Test
    void buildsNormalisedScaledClippedValuesMatchedByJointName() {
        ObservationSpec spec = ObservationSpec.standard(JOINTS, true);
        // robot reports joints in another order, with an extra joint
        ObservationBuilder b = new ObservationBuilder(spec, List.of("knee", "tail", "hip"));
        JointStateSample js = new JointStateSample(3);
        js.positionRad[0] = 1.5;   // knee at upper limit -> +1
        js.positionRad[2] = -0.5;  // hip: 2(-0.5 - (-1))/2 - 1 = -0.5
        js.velocityRadPerSec[0] = 100; // *0.1 = 10 -> clipped to 5
        js.velocityRadPerSec[2] = -2;  // -0.2
        ImuSample imu = new ImuSample();
        imu.angularVelocityRadPerSec[2] = 4; // *0.25 = 1
        imu.linearAccelerationMps2[2] = 9.81; // *1/9.81 = 1
        double[] out = new double[13];
        assertThat(b.build(js, imu, out)).isTrue();
        assertThat(out).containsExactly(new double[] {-0.5, 1, -0.2, 5, 0, 0, -1, 0, 0, 1, 0, 0, 1}, within(1e-12));
    }

    @Test
    void gravityFollowsThePitch() {
        // pitched nose-down by 90 deg about y: q = (cos45, 0, sin45, 0); world down (0,0,-1) is body +x
        double[] g = new double[3];
        double h = Math.sqrt(0.5);
        ObservationBuilder.gravityInBody(new double[] {h, 0, h, 0}, g);
        assertThat(g).containsExactly(new double[] {1, 0, 0}, within(1e-12));
        // rolled 90 deg about x: q = (cos45, sin45, 0, 0); down is body -y
        ObservationBuilder.gravityInBody(new double[] {h, h, 0, 0}, g);
        assertThat(g).containsExactly(new double[] {0, -1, 0}, within(1e-12));
        // unnormalised quaternion is normalised
        ObservationBuilder.gravityInBody(new double[] {2, 0, 0, 0}, g);
        assertThat(g).containsExactly(new double[] {0, 0, -1}, within(1e-12));
    }

    /** Orientation of yaw {@code yaw} (rad) about z, pitched by {@code pitch} about the new y: q = qz · qy. */
    static double[] yawPitch(double yaw, double pitch) {
        double cz = Math.cos(yaw / 2);
        double sz = Math.sin(yaw / 2);
        double cy = Math.cos(pitch / 2);
        double sy = Math.sin(pitch / 2);
        return new double[] {cz * cy, -sz * sy, cz * sy, sz * cy};
    }

    @Test
    void headingIsTheTurnSinceTheFirstReadingAfterReset() {
        ObservationSpec spec = ObservationSpec.standard(JOINTS, false, true);
        assertThat(spec.channelNames()).endsWith("gyro/z", "heading/sin", "heading/cos");
        ObservationBuilder b = new ObservationBuilder(spec, List.of("hip", "knee"));
        JointStateSample js = new JointStateSample(2);
        ImuSample imu = new ImuSample();
        double[] out = new double[12];
        System.arraycopy(yawPitch(Math.toRadians(100), 0), 0, imu.orientationWxyz, 0, 4);
        assertThat(b.build(js, imu, out)).isTrue();
        assertThat(new double[] {out[10], out[11]}).as("straight ahead at the start")
                .containsExactly(new double[] {0, 1}, within(1e-12));
        // turned 30 degrees left, nose pitched down by 20 degrees: pitch does not change the heading
        System.arraycopy(yawPitch(Math.toRadians(130), Math.toRadians(20)), 0, imu.orientationWxyz, 0, 4);
        b.build(js, imu, out);
        assertThat(new double[] {out[10], out[11]}).containsExactly(new double[] {0.5, Math.sqrt(3) / 2}, within(1e-12));
        // across ±180°: from 100° to -110° is a turn of +150°
        System.arraycopy(yawPitch(Math.toRadians(-110), 0), 0, imu.orientationWxyz, 0, 4);
        b.build(js, imu, out);
        assertThat(new double[] {out[10], out[11]})
                .containsExactly(new double[] {Math.sin(Math.toRadians(150)), Math.cos(Math.toRadians(150))}, within(1e-12));
        // reset: where the robot faces now becomes straight ahead
        b.reset();
        b.build(js, imu, out);
        assertThat(new double[] {out[10], out[11]}).containsExactly(new double[] {0, 1}, within(1e-12));
    }

    @Test
    void yawOfKnownOrientations() {
        assertThat(ObservationBuilder.yaw(new double[] {1, 0, 0, 0})).isEqualTo(0.0);
        assertThat(ObservationBuilder.yaw(yawPitch(-2.0, 0.7))).isCloseTo(-2.0, within(1e-12));
        assertThat(ObservationBuilder.yaw(new double[] {0, 0, 0, 3})).as("unnormalised, 180 degrees")
                .isCloseTo(Math.PI, within(1e-12));
    }

    @Test
    void headingChannelNeedsSinOrCos() {
        assertThatThrownBy(() -> new ObservationChannel("heading/z", ObservationChannel.Source.HEADING, "", 2, 1, 0, 0))
                .hasMessageContaining("heading axis must be 0 (sin) or 1 (cos)");
        assertThat(ObservationChannel.Source.fromId("heading")).isEqualTo(ObservationChannel.Source.HEADING);
    }

    @Test
    void nonFiniteInputIsReportedNotPropagated() {
        ObservationBuilder b = new ObservationBuilder(ObservationSpec.standard(JOINTS, false), List.of("hip", "knee"));
        JointStateSample js = new JointStateSample(2);
        ImuSample imu = new ImuSample();
        double[] out = new double[10];
        assertThat(b.build(js, imu, out)).isTrue();
        js.velocityRadPerSec[1] = Double.NaN;
        assertThat(b.build(js, imu, out)).isFalse();
        js.velocityRadPerSec[1] = 0;
        imu.orientationWxyz[0] = 0; // zero quaternion
        assertThat(b.build(js, imu, out)).isFalse();
    }

    @Test
    void footContactsAreReadByLegNameAndRefusedWhereNotSensed() {
        ObservationSpec spec = ObservationSpec.standard(JOINTS, false).withFootContacts(List.of("front", "back"));
        assertThat(spec.contactLegs()).containsExactly("front", "back");
        // the robot interface reports legs in another order, with an extra one
        ObservationBuilder b = new ObservationBuilder(spec, List.of("hip", "knee"), List.of("back", "middle", "front"));
        double[] out = new double[12];
        assertThat(b.build(new JointStateSample(2), new ImuSample(), new double[] {1, 0, 0}, out)).isTrue();
        assertThat(out[10]).as("front").isEqualTo(0);
        assertThat(out[11]).as("back").isEqualTo(1);
        assertThatThrownBy(() -> b.build(new JointStateSample(2), new ImuSample(), new double[] {1}, out))
                .hasMessageContaining("reads 3 foot contacts, got 1");
        // a robot interface without contact sensing (the ROS 2 policy node) refuses the spec at start
        assertThatThrownBy(() -> new ObservationBuilder(spec, List.of("hip", "knee")))
                .hasMessageContaining("foot_contact/front reads the foot contact of leg 'front', which this robot "
                        + "interface does not sense (it has no contact sensing)");
        assertThatThrownBy(() -> new ObservationChannel("c", ObservationChannel.Source.FOOT_CONTACT, "", -1, 1, 0, 0))
                .hasMessageContaining("needs a leg");
    }

    @Test
    void missingJointIsNamed() {
        assertThatThrownBy(() -> new ObservationBuilder(ObservationSpec.standard(JOINTS, false), List.of("hip")))
                .hasMessageContaining("reads joint 'knee', which the robot does not have");
    }

    @Test
    void actionsMapLinearlyOntoJointRanges() {
        ActionSpec a = new ActionSpec(JOINTS);
        double[] t = new double[2];
        a.toTargets(new double[] {-1, 0}, t);
        assertThat(t).containsExactly(-1.0, 1.0);
        a.toTargets(new double[] {3, 1}, t); // clamped
        assertThat(t).containsExactly(1.0, 1.5);
        assertThat(a.toAction(1, 0.75)).isCloseTo(-0.5, within(1e-12));
        assertThatThrownBy(() -> a.toTargets(new double[3], t)).hasMessageContaining("expected 2 joint targets");
        assertThatThrownBy(() -> new ActionSpec(List.of(JOINTS.get(0), JOINTS.get(0)))).hasMessageContaining("twice");
    }
}
