package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightMatrix;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The training early stop: a robot that stands still stops once the grace period is over; a walker does not. */
class EarlyStopTest {

    /** Holds every joint at the middle of its range: the robot stands and makes no progress. */
    private static final class Stand implements Policy {
        private final int inputs;
        private final int outputs;

        Stand(int inputs, int outputs) {
            this.inputs = inputs;
            this.outputs = outputs;
        }

        @Override
        public int inputSize() {
            return inputs;
        }

        @Override
        public int outputSize() {
            return outputs;
        }

        @Override
        public void reset(RandomGenerator rng) {
        }

        @Override
        public void act(double[] observation, double[] action) {
            java.util.Arrays.fill(action, 0.0);
        }

        @Override
        public void weightNorms(double[] norms) {
        }

        @Override
        public java.util.List<WeightMatrix> weightMatrices() {
            return java.util.List.of();
        }
    }

    private static EpisodeResult run(Policy policy, boolean earlyStop) throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings s = SimSettings.paper().withEpisodeSteps(500).withEarlyStop(earlyStop);
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), s, ant.defaultObservation())) {
            return EpisodeRunner.run(env, policy, 3, EpisodeHooks.NONE);
        }
    }

    @Test
    void standingStillEndsRightAfterTheGracePeriod() throws Exception {
        Stand stand = new Stand(Robots.load("ant").defaultObservation().size(), 8);
        EpisodeResult stopped = run(stand, true);
        assertThat(stopped.terminated()).isTrue();
        assertThat(stopped.steps()).isEqualTo(QuadrupedEnv.NO_PROGRESS_GRACE_STEPS + 1);
        EpisodeResult whole = run(stand, false);
        assertThat(whole.terminated()).isFalse();
        assertThat(whole.steps()).isEqualTo(500);
        // the same physics up to the stop
        assertThat(Math.abs(whole.distanceM())).isLessThan(0.05);
    }

    @Test
    void aWalkingGaitIsNotStopped() throws Exception {
        EpisodeResult walk = run(SineGaitTest.gait(), true);
        assertThat(walk.terminated()).isFalse();
        assertThat(walk.steps()).isEqualTo(500);
        assertThat(walk.distanceM()).isGreaterThan(1.5);
    }
}
