package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.FormatException;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import org.junit.jupiter.api.Test;

/** The policy node's rate limit applied in simulation ({@link SimSettings#maxTargetStepRad()}). */
class TargetStepLimitTest {

    private static final double LIMIT = 0.02;

    /** Targets after each of {@code steps} steps of actions flipping between +1 and -1 every 5 steps. */
    private static double[][] targets(RobotDescription ant, SimSettings s, int steps) throws Exception {
        double[][] out = new double[steps + 1][];
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s, ant.defaultObservation())) {
            env.reset(7);
            int n = env.actionSpec().size();
            out[0] = new double[n];
            env.targetsRad(out[0]);
            double[] action = new double[n];
            for (int t = 0; t < steps; t++) {
                java.util.Arrays.fill(action, (t / 5) % 2 == 0 ? 1.0 : -1.0);
                env.step(action);
                out[t + 1] = new double[n];
                env.targetsRad(out[t + 1]);
            }
        }
        return out;
    }

    @Test
    void noTargetMovesMoreThanTheLimitPerStepAndABangBangCommandRampsAtIt() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings limited = SimSettings.paper().withEpisodeSteps(100).withMaxTargetStepRad(LIMIT);
        double[][] t = targets(ant, limited, 40);
        double[][] free = targets(ant, SimSettings.paper().withEpisodeSteps(100), 40);
        double upper0 = ant.joints().get(0).upperRad();
        for (int step = 1; step < t.length; step++) {
            for (int k = 0; k < t[step].length; k++) {
                assertThat(Math.abs(t[step][k] - t[step - 1][k])).as("step %d joint %d", step, k)
                        .isLessThanOrEqualTo(LIMIT + 1e-15);
            }
        }
        // hand-computed: from the initial pose, +1 for 5 steps moves joint 0 by 5 x 0.02 rad toward its upper limit
        // (it starts more than 0.1 rad below it), then -1 brings it back by 0.02 rad per step
        assertThat(upper0 - t[0][0]).isGreaterThan(5 * LIMIT);
        assertThat(t[1][0]).isEqualTo(t[0][0] + LIMIT);
        assertThat(t[5][0]).isCloseTo(t[0][0] + 5 * LIMIT, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t[6][0]).isCloseTo(t[0][0] + 4 * LIMIT, org.assertj.core.data.Offset.offset(1e-12));
        // without the limit the same commands jump the whole range at once
        assertThat(free[1][0]).isEqualTo(upper0);
        assertThat(free[6][0]).isEqualTo(ant.joints().get(0).lowerRad());
    }

    @Test
    void aLimitWiderThanAnyStepChangesNothing() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings s = SimSettings.paper().withEpisodeSteps(60);
        double[] free;
        double[] wide;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s, ant.defaultObservation())) {
            free = Episodes.trajectory(env, SineGaitTest.gait(ant.defaultObservation().size()), 3);
        }
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s.withMaxTargetStepRad(10),
                ant.defaultObservation())) {
            wide = Episodes.trajectory(env, SineGaitTest.gait(ant.defaultObservation().size()), 3);
        }
        assertThat(wide).containsExactly(free);
    }

    @Test
    void recordedInThePhysicsSectionAndCheckedThere() throws Exception {
        SimSettings s = SimSettings.recommended().withMaxTargetStepRad(0.1);
        assertThat(s.toJson().path(SimSettings.MAX_TARGET_STEP_KEY).asDouble()).isEqualTo(0.1);
        assertThat(SimSettings.fromJson(s.toJson())).isEqualTo(s);
        // files written before the limit existed have no key and no limit; a model without one writes none
        assertThat(SimSettings.recommended().toJson().has(SimSettings.MAX_TARGET_STEP_KEY)).isFalse();
        assertThat(SimSettings.fromJson(SimSettings.recommended().toJson()).hasTargetStepLimit()).isFalse();
        for (double bad : new double[] {0, -0.1}) {
            ObjectNode o = s.toJson();
            o.put(SimSettings.MAX_TARGET_STEP_KEY, bad);
            assertThatThrownBy(() -> SimSettings.fromJson(o)).isInstanceOf(FormatException.class)
                    .hasMessageStartingWith("physics.maxTargetStepRad: must be a positive number of radians");
        }
        ObjectNode text = s.toJson();
        text.put(SimSettings.MAX_TARGET_STEP_KEY, "fast");
        assertThatThrownBy(() -> SimSettings.fromJson(text)).hasMessageContaining("physics.maxTargetStepRad");
        assertThatThrownBy(() -> SimSettings.paper().withControl(ControlMode.TORQUE).withMaxTargetStepRad(0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("torque control");
    }
}
