package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** 1000 steps of random, saturated and oscillating actions never blow the simulation up. */
class RobustnessTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<String> morphologies = new ArrayList<>(Morphology.namedDamages());
        morphologies.add("remove-shin:left-front+lock:right-back-knee+weak:right-front-hip=0.3");
        for (String robot : Robots.builtinNames()) {
            for (String m : morphologies) {
                out.add(Arguments.of(robot, m));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void extremeActionsStayFiniteAndBounded(String robotName, String morphology) throws Exception {
        RobotDescription robot = Robots.load(robotName);
        SimSettings settings = SimSettings.paper();
        try (QuadrupedEnv env = new QuadrupedEnv(robot, Morphology.parse(morphology), settings,
                robot.defaultObservation())) {
            int n = env.actionSpec().size();
            SplittableRandom rng = new SplittableRandom(robotName.hashCode() ^ morphology.hashCode());
            double[] a = new double[n];
            for (int pattern = 0; pattern < 3; pattern++) {
                env.reset(pattern);
                double maxSpeed = 0;
                double maxDepth = 0;
                for (int s = 0; s < 1000; s++) {
                    for (int k = 0; k < n; k++) {
                        a[k] = switch (pattern) {
                            case 0 -> 2 * rng.nextDouble() - 1;
                            case 1 -> ((s / 3 + k) % 2 == 0) ? 1.0 : -1.0;
                            default -> (s % 2 == 0) == (k % 2 == 0) ? 1.0 : -1.0;
                        };
                    }
                    StepResult r = env.step(a);
                    assertThat(r.terminated()).as("step %d pattern %d", s, pattern).isFalse();
                    maxSpeed = Math.max(maxSpeed, env.physics().maxLinearSpeedMps());
                    maxDepth = Math.max(maxDepth, env.physics().ground().maxPenetrationM());
                }
                assertThat(env.physics().isFinite()).isTrue();
                assertThat(maxSpeed).as("max link speed, pattern %d", pattern).isLessThan(15.0);
                assertThat(maxDepth).as("deepest ground penetration, pattern %d", pattern).isLessThan(0.03);
                assertThat(env.torsoHeightM()).isBetween(0.0, 2.0);
            }
        }
    }
}
