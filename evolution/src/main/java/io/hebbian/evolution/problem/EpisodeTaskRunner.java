package io.hebbian.evolution.problem;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.EpisodeRunner;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.robot.RobotDescription;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs training episodes for one thread: one reusable simulator world per training morphology.
 */
public final class EpisodeTaskRunner implements TaskRunner {

    private final TrainingProblem problem;
    private final RobotDescription robot;
    private final ObservationSpec spec;
    private final NetworkShape shape;
    private final QuadrupedEnv[] envs;
    private final DamageSampler sampler;
    private final Map<String, QuadrupedEnv> sampledEnvs = new HashMap<>();

    public EpisodeTaskRunner(TrainingProblem problem) {
        this.problem = problem;
        try {
            this.robot = problem.loadRobot();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load robot " + problem.robot() + ": " + e.getMessage(), e);
        }
        this.spec = problem.observationSpec(robot);
        this.shape = problem.shape(robot);
        this.envs = new QuadrupedEnv[problem.morphologies().size()];
        for (int m = 0; m < envs.length; m++) {
            String name = problem.morphologies().get(m);
            if (!name.equals(DamageSampler.TOKEN)) {
                envs[m] = new QuadrupedEnv(robot, Morphology.parse(name), problem.sim(), spec);
            }
        }
        this.sampler = problem.morphologies().contains(DamageSampler.TOKEN)
                ? new DamageSampler(robot, problem.heldOut()) : null;
    }

    @Override
    public EpisodeOutcome run(double[] parameters, int morphology, long episodeSeed) {
        Policy policy = problem.decode(shape, parameters).newPolicy();
        QuadrupedEnv env = envs[morphology];
        if (env == null) {
            Morphology damage = sampler.sample(episodeSeed);
            env = sampledEnvs.computeIfAbsent(damage.name(), k -> new QuadrupedEnv(robot, damage, problem.sim(), spec));
        }
        EpisodeResult r = EpisodeRunner.run(env, policy, episodeSeed, EpisodeHooks.NONE);
        return new EpisodeOutcome(problem.fitness().terms(r), r.steps(), r.terminated());
    }

    @Override
    public void close() {
        for (QuadrupedEnv e : envs) {
            if (e != null) {
                e.close();
            }
        }
        sampledEnvs.values().forEach(QuadrupedEnv::close);
    }
}
