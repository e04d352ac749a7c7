package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.bench.Bench;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final int STEPS = 300;

    private static double[] run(RobotDescription robot, SimSettings settings, long seed) {
        try (QuadrupedEnv env = new QuadrupedEnv(robot, Morphology.intact(), settings, robot.defaultObservation())) {
            return Episodes.trajectory(env, Bench.randomNetwork(robot, 11), seed);
        }
    }

    @Test
    void sameSeedGivesBitIdenticalTrajectoriesOnTwoThreads() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings settings = SimSettings.paper().withEpisodeSteps(STEPS);
        double[] reference = run(ant, settings, 7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> f = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                f.add(pool.submit(() -> run(ant, settings, 7)));
            }
            for (Future<double[]> r : f) {
                assertThat(r.get()).isEqualTo(reference);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reference).hasSize(STEPS * (3 + 8 + 22));
    }

    @Test
    void resetInPlaceMatchesAFreshWorldAndSeedsDiffer() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings settings = SimSettings.paper().withEpisodeSteps(200)
                .withSensors(SensorNoise.typical()).withRandomisation(DomainRandomisation.moderate());
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), settings, ant.defaultObservation())) {
            var net = Bench.randomNetwork(ant, 3);
            double[] first = Episodes.trajectory(env, net, 5);
            double[] other = Episodes.trajectory(env, net, 6);
            double[] again = Episodes.trajectory(env, net, 5);
            assertThat(again).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
        }
        assertThat(run(ant, settings, 5)).isEqualTo(run(ant, settings, 5));
    }

    @Test
    void resetWithoutRandomisationIsBitExactAfterARandomisedEpisode() throws Exception {
        RobotDescription ant = Robots.load("ant");
        SimSettings plain = SimSettings.paper().withEpisodeSteps(150);
        double[] fresh = run(ant, plain, 9);
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), plain, ant.defaultObservation())) {
            var net = Bench.randomNetwork(ant, 11);
            Episodes.trajectory(env, net, 1);
            assertThat(Episodes.trajectory(env, net, 9)).isEqualTo(fresh);
        }
    }
}
