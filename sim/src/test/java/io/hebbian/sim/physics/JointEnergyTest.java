package io.hebbian.sim.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.RewardTerm;
import io.hebbian.sim.env.ServoModel;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.ImuMount;
import io.hebbian.sim.robot.Inertia;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Shape;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Joint torque and the energy term against hand-computed mechanics: a one-joint arm of known mass
 * and inertia on a heavy base.
 */
class JointEnergyTest {

    private static final double ARM_KG = 0.1;
    private static final double COM_M = 0.15;      // arm centre of mass from the joint axis
    private static final double IZZ_COM = 0.001;   // arm inertia about its own centre, kg·m²

    /** Arm along +x from a joint at height 0.3 m, turning about {@code axis}. */
    private static RobotDescription rig(Vec3 axis, double initialRad) {
        Link base = Link.uniform("base", 5.0, List.of(new Geom(new Shape.Box(1, 1, 0.1), Vec3.ZERO, Rot.IDENTITY)));
        Link arm = new Link("arm", ARM_KG, new Vec3(COM_M, 0, 0.3),
                Optional.of(new Inertia(IZZ_COM, IZZ_COM, IZZ_COM, 0, 0, 0)),
                List.of(Geom.capsule(new Vec3(0, 0, 0.3), new Vec3(0.3, 0, 0.3), 0.02)));
        Joint j = Joint.of("turn", "base", "arm", new Vec3(0, 0, 0.3), axis, -1.0, 1.0, 20.0, 100.0);
        return new RobotDescription("rig", List.of(base, arm), List.of(j), List.of(new Leg("arm", List.of("turn"), "arm")),
                new ImuMount("base", Vec3.ZERO, Rot.IDENTITY), new double[] {initialRad}, List.of());
    }

    @Test
    void holdingTorqueEqualsTheGravityMomentOfTheArm() {
        try (OdeRobot robot = new OdeRobot(rig(new Vec3(0, 1, 0), 0.4), 20, 1.0)) {
            double h = 0.0165 / 4;
            for (int s = 0; s < 400; s++) {
                robot.setMotor(0, 0.0, 20.0);   // hold still
                robot.step(h);
            }
            double angle = robot.jointAngleRad(0);
            double expected = ARM_KG * 9.81 * COM_M * Math.cos(angle);
            assertThat(Math.abs(robot.jointTorqueNm(0))).as("angle %.3f rad", angle).isCloseTo(expected, offset(0.02 * expected));
            assertThat(Math.abs(robot.lastStepJointWorkJ(0))).as("a held joint does no work").isLessThan(1e-6);
        }
    }

    @Test
    void spinningUpCostsTheKineticEnergyAndCoastingCostsNothing() {
        double speed = 2.0;
        ServoModel capped = new ServoModel("capped", 0.01, speed, 0, 0, 0, 0);
        RobotDescription rig = rig(new Vec3(0, 0, 1), -0.5);   // vertical axis: no gravity load
        try (QuadrupedEnv env = new QuadrupedEnv(rig, Morphology.intact(), SimSettings.paper().withServo(capped),
                rig.defaultObservation())) {
            env.reset(0);
            double[] hold = {-0.5};   // the range is [-1, 1] rad, so the action is the angle; clear of the stops
            for (int s = 0; s < 30; s++) {
                env.step(hold);
            }
            double[] go = {1.0};
            double spinUp = 0;
            for (int s = 0; s < 5; s++) {
                spinUp += env.step(go).term(RewardTerm.ENERGY);
            }
            double omega = env.trueJointState().velocityRadPerSec[0];
            assertThat(omega).isCloseTo(speed, offset(0.05));
            double inertiaAboutAxis = IZZ_COM + ARM_KG * COM_M * COM_M;
            assertThat(spinUp).isCloseTo(0.5 * inertiaAboutAxis * omega * omega, offset(0.1 * spinUp));
            double coast = 0;
            for (int s = 0; s < 20; s++) {
                coast += env.step(go).term(RewardTerm.ENERGY);
            }
            assertThat(coast).as("constant speed without load").isLessThan(0.05 * spinUp);
        }
    }
}
