package io.hebbian.evolution.problem;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.damage.DamageOnset;
import io.hebbian.sim.env.DamageOnsetHook;
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
 * Runs training episodes for one thread: one reusable simulator world per training morphology. With a
 * {@link TrainingProblem#damageOnset() damage onset}, a {@value DamageSampler#TOKEN} episode whose drawn
 * damage is a joint damage runs on an intact world and the damage switches on at the drawn step; a drawn
 * body damage is there from step 0.
 */
public final class EpisodeTaskRunner implements TaskRunner {

    private final TrainingProblem problem;
    private final RobotDescription robot;
    private final ObservationSpec spec;
    private final NetworkShape shape;
    private final QuadrupedEnv[] envs;
    private final DamageSampler sampler;
    private final Map<String, QuadrupedEnv> sampledEnvs = new HashMap<>();
    /** The intact world of episodes whose damage switches on mid-episode (made on first use). */
    private QuadrupedEnv onsetEnv;

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
        EpisodeHooks hooks = EpisodeHooks.NONE;
        if (env == null) {
            Morphology damage = sampler.sample(episodeSeed);
            if (problem.damageOnset().isPresent() && DamageEffects.isSwitchable(damage)) {
                if (onsetEnv == null) {
                    onsetEnv = new QuadrupedEnv(robot, Morphology.intact(), problem.sim(), spec);
                }
                env = onsetEnv;
                hooks = new DamageOnsetHook(new DamageOnset(damage, problem.damageOnset().get().draw(episodeSeed)));
            } else {
                env = sampledEnvs.computeIfAbsent(damage.name(),
                        k -> new QuadrupedEnv(robot, damage, problem.sim(), spec));
            }
        }
        EpisodeResult r = EpisodeRunner.run(env, policy, episodeSeed, hooks);
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
        if (onsetEnv != null) {
            onsetEnv.close();
        }
    }
}
