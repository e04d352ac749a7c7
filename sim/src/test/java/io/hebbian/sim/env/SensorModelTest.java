package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SensorModelTest {

    private static List<double[]> run(SimSettings settings, long seed, boolean truth) throws Exception {
        RobotDescription ant = Robots.load("ant");
        List<double[]> out = new ArrayList<>();
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), settings, ant.defaultObservation())) {
            env.reset(seed);
            SplittableRandom rng = new SplittableRandom(1);
            double[] a = new double[8];
            for (int s = 0; s < 60; s++) {
                for (int k = 0; k < 8; k++) {
                    a[k] = 2 * rng.nextDouble() - 1;
                }
                env.step(a);
                out.add((truth ? env.trueJointState() : env.latestJointState()).positionRad.clone());
            }
        }
        return out;
    }

    @Test
    void latencyDelaysReadingsByExactlyNSteps() throws Exception {
        int n = 3;
        SimSettings delayed = SimSettings.paper().withSensors(SensorNoise.none().withLatencySteps(n));
        List<double[]> seen = run(delayed, 4, false);
        List<double[]> truth = run(delayed, 4, true);
        for (int s = n; s < truth.size(); s++) {
            assertThat(seen.get(s)).as("step %d", s).isEqualTo(truth.get(s - n));
        }
        assertThat(seen.get(n - 1)).isNotEqualTo(truth.get(n - 1));
    }

    @Test
    void noiseIsSeededAndHasTheConfiguredSize() throws Exception {
        SensorNoise noise = new SensorNoise(0.01, 0, 0, 0, 0, 0, 0, 0, 0);
        SimSettings noisy = SimSettings.paper().withSensors(noise);
        List<double[]> a = run(noisy, 4, false);
        List<double[]> b = run(noisy, 4, false);
        List<double[]> c = run(noisy, 5, false);
        List<double[]> truth = run(noisy, 4, true);
        double sum = 0;
        int count = 0;
        for (int s = 0; s < a.size(); s++) {
            assertThat(a.get(s)).isEqualTo(b.get(s));
            for (int k = 0; k < 8; k++) {
                double d = a.get(s)[k] - truth.get(s)[k];
                sum += d * d;
                count++;
            }
        }
        assertThat(Math.sqrt(sum / count)).isBetween(0.007, 0.013);
        assertThat(c.get(10)).isNotEqualTo(a.get(10));
    }

    @Test
    void droppedSamplesRepeatThePreviousReading() throws Exception {
        SimSettings dropping = SimSettings.paper().withSensors(new SensorNoise(0, 0, 0, 0, 0, 0, 0, 0, 0.5));
        List<double[]> seen = run(dropping, 4, false);
        int repeats = 0;
        for (int s = 1; s < seen.size(); s++) {
            repeats += java.util.Arrays.equals(seen.get(s), seen.get(s - 1)) ? 1 : 0;
        }
        assertThat(repeats).isBetween(15, 45);
    }

    @Test
    void imuReadsGravityReactionWhenStanding() throws Exception {
        RobotDescription ant = Robots.load("ant");
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), SimSettings.paper(),
                ant.defaultObservation())) {
            env.reset(1);
            assertThat(env.latestImu().linearAccelerationMps2[2]).isEqualTo(9.81);
            assertThat(env.latestImu().orientationWxyz[0]).isEqualTo(1.0);
        }
    }
}
