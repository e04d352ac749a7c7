package io.hebbian.replay;

import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.replay.record.EpisodeRecording;
import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Recorded episodes of a random paper-sized Hebbian model on the ant, for tests. */
public final class TestRuns {

    private TestRuns() {
    }

    /** A random ABCD model ([22,128,64,8]) whose episodes last {@code steps} control steps. */
    public static EpisodeRecording recording(int steps, int weightsEvery) throws Exception {
        RobotDescription robot = Robots.load("ant");
        SimSettings sim = SimSettings.paper().withEpisodeSteps(steps).withEarlyStop(false);
        ObservationSpec obs = ObservationSpec.standard(robot.joints(), false, false);
        NetworkShape shape = NetworkShape.of(obs.size(), new int[] {128, 64}, robot.joints().size());
        SplittableRandom rng = new SplittableRandom(7);
        double[] params = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD, shape)];
        for (int k = 0; k < params.length; k++) {
            params[k] = rng.nextGaussian() * 0.1;
        }
        PolicyModel model = new PolicyModel(new PolicyParameters.Hebbian(
                HebbianCoefficients.fromParameters(PlasticityRule.ABCD, shape, params)), NetworkSettings.paper(),
                Optional.of(obs), Optional.of(robot.actionSpec()), Optional.of("ant"), sim.toJson(), null);
        return new EpisodeRecording(model, robot, sim, "random-abcd", weightsEvery);
    }

    /** One episode per morphology, seed 3. */
    public static List<Trajectory> record(int steps, int weightsEvery, String... morphologies) throws Exception {
        return recording(steps, weightsEvery).record(List.of(morphologies), 3, 2);
    }
}
