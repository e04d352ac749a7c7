package io.hebbian.sim.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.bench.Bench;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeRunner;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

/** The constraint solvers: how rigid the hinges stay, determinism, and how the choice is recorded. */
class StepperTest {

    private static ConstraintErrorMeter hingeError(Stepper stepper, int iterations, double[] distance) throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings s = SimSettings.paper().withStepper(stepper).withSolverIterations(iterations).withEpisodeSteps(300);
        ConstraintErrorMeter meter = new ConstraintErrorMeter();
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s, ant.defaultObservation())) {
            distance[0] = EpisodeRunner.run(env, Bench.randomNetwork(ant, 4), 9, new EpisodeHooks() {
                @Override
                public void afterStep(int step, QuadrupedEnv e, Policy p, double[] action, StepResult r) {
                    e.physics().measureConstraintError(meter);
                }
            }).distanceM();
        }
        return meter;
    }

    @Test
    void exactStepperKeepsHingesRigidWhereQuickStepBends() throws Exception {
        double[] d = new double[1];
        ConstraintErrorMeter quick = hingeError(Stepper.QUICK, 10, d);
        ConstraintErrorMeter exact = hingeError(Stepper.EXACT, 10, d);
        assertThat(exact.samples()).isEqualTo(300L * 8);
        // a random plastic network thrashes the joints: quickStep's hinges visibly bend, dWorldStep's do not
        assertThat(quick.meanAxisDeg()).isGreaterThan(0.3);
        assertThat(exact.meanAxisDeg()).isLessThan(0.2).isLessThan(quick.meanAxisDeg() / 5);
        assertThat(exact.maxAxisDeg()).isLessThan(quick.maxAxisDeg());
        assertThat(exact.meanAnchorMm()).isLessThan(quick.meanAnchorMm());
    }

    @Test
    void exactStepperIsDeterministic() throws Exception {
        double[] a = new double[1];
        double[] b = new double[1];
        ConstraintErrorMeter first = hingeError(Stepper.EXACT, 10, a);
        ConstraintErrorMeter second = hingeError(Stepper.EXACT, 10, b);
        assertThat(b[0]).isEqualTo(a[0]);
        assertThat(second.meanAxisDeg()).isEqualTo(first.meanAxisDeg());
    }

    @Test
    void meterAveragesAndKeepsTheWorstCase() {
        ConstraintErrorMeter m = new ConstraintErrorMeter();
        m.add(Math.toRadians(1), 0.001);
        m.add(Math.toRadians(3), 0.003);
        ConstraintErrorMeter other = new ConstraintErrorMeter();
        other.add(Math.toRadians(2), 0.002);
        m.addAll(other);
        assertThat(m.samples()).isEqualTo(3);
        assertThat(m.meanAxisDeg()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.maxAxisDeg()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.meanAnchorMm()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.maxAnchorMm()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new ConstraintErrorMeter().meanAxisDeg()).isZero();
    }

    @Test
    void stepperIsRecordedAsTheEngineAndOldFilesMeanQuickStep() throws Exception {
        ObjectMapper m = new ObjectMapper();
        SimSettings exact = SimSettings.recommended();
        assertThat(exact.stepper()).isEqualTo(Stepper.EXACT);
        assertThat(exact.earlyStop()).isTrue();
        ObjectNode json = exact.toJson();
        assertThat(json.get("engine").asText()).isEqualTo("ode4j-0.5.3-step");
        assertThat(SimSettings.fromJson(m.readTree(m.writeValueAsString(json)))).isEqualTo(exact);
        assertThat(SimSettings.fromJson(m.readTree("{\"substeps\": 4}")).stepper()).isEqualTo(Stepper.QUICK);
        assertThat(SimSettings.fromJson(m.readTree("{\"engine\": \"ode4j-0.5.3-quickstep\"}")).stepper())
                .isEqualTo(Stepper.QUICK);
        assertThatThrownBy(() -> Stepper.fromId("rk4")).hasMessageContaining("rk4").hasMessageContaining("exact");
    }
}
