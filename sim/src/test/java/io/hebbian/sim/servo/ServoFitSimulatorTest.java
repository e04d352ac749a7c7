package io.hebbian.sim.servo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.spec.StepResponse;
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

/**
 * The fit of a step response recorded in the simulator itself (ode4j, the paper's 16.5 ms control period and
 * 4 substeps, an unloaded vertical-axis joint) gives back the servo preset the simulator ran with: the fit and
 * the simulator agree on what the parameters mean.
 */
class ServoFitSimulatorTest {

    private static RobotDescription rig() {
        Link base = Link.uniform("base", 5.0, List.of(new Geom(new Shape.Box(1, 1, 0.1), Vec3.ZERO, Rot.IDENTITY)));
        Link arm = Link.uniform("arm", 0.1, List.of(Geom.capsule(new Vec3(0, 0, 0.3), new Vec3(0.3, 0, 0.3), 0.02)));
        Joint j = Joint.of("turn", "base", "arm", new Vec3(0, 0, 0.3), new Vec3(0, 0, 1), -1.0, 1.0, 20.0, 100.0);
        return new RobotDescription("rig", List.of(base, arm), List.of(j), List.of(new Leg("arm", List.of("turn"), "arm")),
                new ImuMount("base", Vec3.ZERO, Rot.IDENTITY), new double[] {-0.6}, List.of());
    }

    /** Out and back by {@code stepRad} from -0.6 rad, one sample per control step, read before each step. */
    private static StepResponse record(ServoModel servo, double stepRad) {
        SimSettings settings = SimSettings.paper().withServo(servo);
        RobotDescription rig = rig();
        int hold = 10;
        int leg = 40;
        int n = hold + 2 * leg;
        double[] t = new double[n];
        double[] c = new double[n];
        double[] m = new double[n];
        try (QuadrupedEnv env = new QuadrupedEnv(rig, Morphology.intact(), settings, rig.defaultObservation())) {
            env.reset(0);
            double start = -0.6;
            double[] action = {env.actionSpec().toAction(0, start)};
            for (int s = 0; s < 30; s++) {
                env.step(action);
            }
            for (int k = 0; k < n; k++) {
                t[k] = k * settings.controlPeriodSeconds();
                c[k] = k >= hold && k < hold + leg ? start + stepRad : start;
                m[k] = env.trueJointState().positionRad[0];
                action[0] = env.actionSpec().toAction(0, c[k]);
                env.step(action);
            }
        }
        return new StepResponse(t, c, m);
    }

    @Test
    void theFitOfTheSimulatorsOwnResponseRecoversItsPreset() {
        for (String name : new String[] {"dynamixel-xl430", "hobby-pwm"}) {
            ServoModel preset = ServoModel.preset(name);
            ServoFitResult fit = ServoFit.fit(record(preset, 0.8), name, ServoFit.Settings.defaults());
            ServoModel m = fit.model();
            assertThat(fit.speedLimitReached()).as(name + " " + fit).isTrue();
            assertThat(m.timeConstantSeconds()).as(name + " lag " + fit)
                    .isCloseTo(preset.timeConstantSeconds(), within(0.1 * preset.timeConstantSeconds()));
            assertThat(m.maxVelocityRadPerSec()).as(name + " speed cap " + fit)
                    .isCloseTo(preset.maxVelocityRadPerSec(), within(0.1 * preset.maxVelocityRadPerSec()));
            assertThat(m.latencySteps()).as(name + " latency " + fit).isEqualTo(preset.latencySteps());
        }
    }
}
