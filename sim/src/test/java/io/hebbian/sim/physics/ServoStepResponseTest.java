package io.hebbian.sim.physics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.ServoModel;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.ImuMount;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A servo with a vertical axis (no gravity load) follows a step like {@code 1 - exp(-t/τ)}. */
class ServoStepResponseTest {

    private static RobotDescription rig() {
        Link base = Link.uniform("base", 5.0, List.of(new Geom(new Shape.Box(1, 1, 0.1), Vec3.ZERO, Rot.IDENTITY)));
        Link arm = Link.uniform("arm", 0.1, List.of(Geom.capsule(new Vec3(0, 0, 0.3), new Vec3(0.3, 0, 0.3), 0.02)));
        Joint j = Joint.of("turn", "base", "arm", new Vec3(0, 0, 0.3), new Vec3(0, 0, 1), -1.0, 1.0, 20.0, 100.0);
        return new RobotDescription("rig", List.of(base, arm), List.of(j), List.of(new Leg("arm", List.of("turn"), "arm")),
                new ImuMount("base", Vec3.ZERO, Rot.IDENTITY), new double[] {-1.0}, List.of());
    }

    @Test
    void stepResponseMatchesFirstOrderLag() {
        double tau = 0.08;
        ServoModel servo = new ServoModel("test", tau, 0, 0, 0, 0, 0);
        SimSettings settings = SimSettings.paper().withServo(servo);
        RobotDescription rig = rig();
        try (QuadrupedEnv env = new QuadrupedEnv(rig, Morphology.intact(), settings, rig.defaultObservation())) {
            env.reset(0);
            settle(env);
            double start = env.trueJointState().positionRad[0];
            double target = 0.5;
            double[] action = {env.actionSpec().toAction(0, target)};
            for (int s = 1; s <= 40; s++) {
                env.step(action);
                double t = s * settings.controlPeriodSeconds();
                double expected = target + (start - target) * Math.exp(-t / tau);
                assertThat(env.trueJointState().positionRad[0]).as("t = %.4f s", t)
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.03));
            }
        }
    }

    @Test
    void speedCapLimitsTheSlewRate() {
        ServoModel servo = new ServoModel("slow", 0.01, 2.0, 0, 0, 0, 0);
        RobotDescription rig = rig();
        try (QuadrupedEnv env = new QuadrupedEnv(rig, Morphology.intact(), SimSettings.paper().withServo(servo),
                rig.defaultObservation())) {
            env.reset(0);
            settle(env);
            double[] action = {1.0};
            for (int s = 0; s < 10; s++) {
                env.step(action);
            }
            double moved = env.trueJointState().positionRad[0] + 1.0;
            assertThat(moved).isCloseTo(2.0 * 10 * 0.0165, org.assertj.core.data.Offset.offset(0.02));
        }
    }

    @Test
    void latencyDelaysTheResponse() {
        int latency = 3;
        ServoModel servo = new ServoModel("late", 0.05, 0, 0, 0, 0, latency);
        RobotDescription rig = rig();
        try (QuadrupedEnv env = new QuadrupedEnv(rig, Morphology.intact(), SimSettings.paper().withServo(servo),
                rig.defaultObservation())) {
            env.reset(0);
            settle(env);
            double held = env.trueJointState().positionRad[0];
            double[] action = {1.0};
            for (int s = 0; s < latency; s++) {
                env.step(action);
                assertThat(env.trueJointState().positionRad[0]).as("step %d", s)
                        .isCloseTo(held, org.assertj.core.data.Offset.offset(1e-3));
            }
            env.step(action);
            assertThat(env.trueJointState().positionRad[0]).isGreaterThan(held + 0.1);
        }
    }

    /** Lets the rig land and come to rest holding its initial angle. */
    private static void settle(QuadrupedEnv env) {
        double[] hold = {-1.0};
        for (int s = 0; s < 30; s++) {
            env.step(hold);
        }
    }
}
