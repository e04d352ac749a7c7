package io.hebbian.replay.record;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.replay.trajectory.TrajectoryInfo;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one episode of a model per morphology and records each as a {@link Trajectory}. The
 * episode is rollout 0 of {@code hebbian evaluate --seed S} (same seed mixing, same initial weights).
 *
 * @param model             the policy model
 * @param robot             the intact robot
 * @param sim               physics and episode settings (episode length included)
 * @param modelLabel        the model file name, stored in the trajectory
 * @param weightsEverySteps weight snapshot interval, control steps, at least 1
 */
public record EpisodeRecording(PolicyModel model, RobotDescription robot, SimSettings sim, String modelLabel,
                               int weightsEverySteps) {

    public EpisodeRecording {
        if (weightsEverySteps < 1) {
            throw new IllegalArgumentException("weights interval must be >= 1 step, got " + weightsEverySteps);
        }
    }

    /**
     * Records one episode per morphology, in parallel on up to {@code threads} threads.
     *
     * @param morphologies morphology specifications, e.g. {@code intact}, {@code damaged-left-front}
     * @param seed         episode seed
     * @throws IllegalArgumentException if a morphology does not parse or does not fit the robot
     */
    public List<Trajectory> record(List<String> morphologies, long seed, int threads) throws Exception {
        Rollouts rollouts = new Rollouts(model, robot, sim);
        List<Morphology> parsed = rollouts.morphologies(morphologies);
        List<List<Rollouts.Run<TrajectoryRecorder>>> runs = rollouts.run(parsed, 1, seed,
                Math.max(1, Math.min(threads, parsed.size())), (p, m, r) -> new TrajectoryRecorder(weightsEverySteps));
        List<Trajectory> out = new ArrayList<>();
        for (int m = 0; m < parsed.size(); m++) {
            TrajectoryInfo info = new TrajectoryInfo("sim", robot.name(), parsed.get(m).name(), modelLabel, seed,
                    sim.controlPeriodSeconds());
            out.add(runs.get(m).get(0).hooks().trajectory(info));
        }
        return out;
    }
}
