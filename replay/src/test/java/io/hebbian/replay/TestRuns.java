package io.hebbian.replay;

import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.problem.FitnessWeights;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.replay.record.EpisodeRecording;
import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.SplittableRandom;

/** Recorded episodes of a random paper-sized Hebbian model on the ant, for tests. */
public final class TestRuns {

    private TestRuns() {
    }

    /** A random ABCD model ([22,128,64,8]) whose episodes last {@code steps} control steps. */
    public static EpisodeRecording recording(int steps, int weightsEvery) throws Exception {
        TrainingProblem p = new TrainingProblem("ant", List.of("intact"), List.of(),
                SimSettings.paper().withEpisodeSteps(steps).withEarlyStop(false), PolicyKind.HEBBIAN,
                PlasticityRule.ABCD, new int[] {128, 64}, NetworkSettings.paper(), false,
                false, FitnessWeights.distanceOnly());
        RobotDescription robot = p.loadRobot();
        double[] params = p.initialParameters(p.shape(robot), 0.1, new SplittableRandom(7));
        PolicyModel model = p.toModel(robot, params, null);
        return new EpisodeRecording(model, robot, p.sim(), "random-abcd", weightsEvery);
    }

    /** One episode per morphology, seed 3. */
    public static List<Trajectory> record(int steps, int weightsEvery, String... morphologies) throws Exception {
        return recording(steps, weightsEvery).record(List.of(morphologies), 3, 2);
    }
}
