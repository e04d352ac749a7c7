package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.physics.Stepper;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.ImuMount;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import io.hebbian.sim.robot.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Torque control against hand-computed mechanics, its refusals, and the 182 kg pybullet Ant under random torques. */
class TorqueControlTest {

    private static final double CAP_NM = 2.0;
    private static final double PARENT_KG = 2.0;
    private static final double PARENT_R = 0.1;
    private static final double CHILD_KG = 1.0;
    private static final double CHILD_R = 0.05;

    /**
     * Two spheres sharing one centre, joined by a hinge about z through it, falling freely: a joint torque τ turns
     * them apart at τ(1/I_child + 1/I_parent) with I = 2/5 m r², and nothing else couples them.
     */
    private static RobotDescription spheres() {
        Vec3 c = new Vec3(0, 0, 1);
        Link parent = Link.uniform("parent", PARENT_KG, List.of(new Geom(new Shape.Sphere(PARENT_R), c, Rot.IDENTITY)));
        Link child = Link.uniform("child", CHILD_KG, List.of(new Geom(new Shape.Sphere(CHILD_R), c, Rot.IDENTITY)));
        Joint j = Joint.of("spin", "parent", "child", c, new Vec3(0, 0, 1), -1.0, 1.0, CAP_NM, 10.0);
        return new RobotDescription("spheres", List.of(parent, child), List.of(j), List.of(),
                new ImuMount("parent", Vec3.ZERO, Rot.IDENTITY), new double[] {0}, List.of());
    }

    /** The exact stepper (rigid hinges, no solver iterations to converge), torque control. */
    private static SimSettings torque() {
        return SimSettings.recommended().withEarlyStop(false).withControl(ControlMode.TORQUE);
    }

    /** The joint friction torque control keeps, N·m. */
    private static final double FRICTION_NM = ServoBank.TORQUE_CONTROL_FRICTION_FRACTION * CAP_NM;

    private static double rateAfterOneStep(double action) {
        RobotDescription r = spheres();
        try (QuadrupedEnv env = new QuadrupedEnv(r, Morphology.intact(), torque(), r.defaultObservation())) {
            env.reset(0);
            env.step(new double[] {action});
            double applied = Math.max(-1, Math.min(1, action)) * CAP_NM;
            assertThat(env.physics().jointTorqueNm(0)).as("joint torque read back: applied less the friction")
                    .isCloseTo(applied - Math.signum(applied) * FRICTION_NM, within(1e-9));
            return env.trueJointState().velocityRadPerSec[0];
        }
    }

    @Test
    void theJointTorqueIsTheActionTimesTheCapAndTurnsTheBodiesAsNewtonSays() {
        double inertia = 0.4 * CHILD_KG * CHILD_R * CHILD_R;
        double parentInertia = 0.4 * PARENT_KG * PARENT_R * PARENT_R;
        double perNm = (1 / inertia + 1 / parentInertia) * SimSettings.paper().controlPeriodSeconds();
        double half = (0.5 * CAP_NM - FRICTION_NM) * perNm;   // 18.5606 rad/s
        assertThat(rateAfterOneStep(0.5)).isCloseTo(half, within(1e-9 * half));
        assertThat(rateAfterOneStep(-0.25)).isCloseTo(-(0.25 * CAP_NM - FRICTION_NM) * perNm, within(1e-9 * half));
        assertThat(rateAfterOneStep(3.0)).as("clipped to 1").isCloseTo((CAP_NM - FRICTION_NM) * perNm,
                within(1e-9 * half));
    }

    @Test
    void torqueControlRefusesAServoModel() {
        assertThatThrownBy(() -> torque().withServo(ServoModel.hobbyPwm()))
                .hasMessageContaining("servo model must be ideal, got hobby-pwm");
        assertThat(SimSettings.recommended().control()).isEqualTo(ControlMode.POSITION);
    }

    @Test
    void theControlModeIsRecordedAndOldFilesReadAsPositionControl() throws Exception {
        SimSettings t = torque().withEarlyStop(true).withStepper(Stepper.QUICK);
        assertThat(t.toJson().get("control").asText()).isEqualTo("torque");
        assertThat(SimSettings.fromJson(t.toJson())).isEqualTo(t);
        assertThat(SimSettings.fromJson(SimSettings.paper().toJson().without("control")).control())
                .isEqualTo(ControlMode.POSITION);
        assertThatThrownBy(() -> SimSettings.fromJson(SimSettings.paper().toJson().put("control", "velocity")))
                .hasMessage("physics.control: unknown control mode 'velocity'; expected position or torque");
    }

    @Test
    void thePybulletAntStaysFiniteAndOnTheGroundUnderOneThousandStepsOfRandomTorques() throws Exception {
        randomTorques(torque());
        randomTorques(torque().withStepper(Stepper.QUICK));
    }

    private static void randomTorques(SimSettings settings) throws Exception {
        RobotDescription ant = Robots.load("ant-pybullet");
        SimSettings s = settings.withEpisodeSteps(1000);
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s, ant.defaultObservation())) {
            env.reset(3);
            assertThat(env.torsoHeightM()).as("pybullet's start height").isCloseTo(0.75, within(1e-12));
            SplittableRandom rng = new SplittableRandom(5);
            double[] a = new double[8];
            double maxZ = 0;
            long t0 = System.nanoTime();
            for (int t = 0; t < 1000; t++) {
                for (int k = 0; k < a.length; k++) {
                    a[k] = 2 * rng.nextDouble() - 1;
                }
                StepResult r = env.step(a);
                assertThat(env.physics().isFinite()).as("step " + t).isTrue();
                assertThat(r.fallen()).as("fallen at step " + t).isFalse();
                maxZ = Math.max(maxZ, Math.abs(env.torsoHeightM()));
            }
            double perSecond = 1000 / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("ant-pybullet, torque control, %s stepper: %.0f control steps/s, max torso z %.3f m%n",
                    s.stepper().id(), perSecond, maxZ);
            assertThat(maxZ).isLessThan(3.0);
            assertThat(env.physics().maxLinearSpeedMps()).isLessThan(20.0);
        }
    }
}
