package io.hebbian.sim.env;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.numeric.Seeds;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs many rollouts of one model on several morphologies in parallel, with per-rollout hooks for
 * measurements and perturbations. Rollout {@code r} uses episode seed {@code mix(seed, r)} on every
 * morphology (common random numbers), so results do not depend on the thread count.
 */
public final class Rollouts {

    /** Makes the hooks of one rollout; the policy is the worker's instance, reset by the episode. */
    @FunctionalInterface
    public interface HookFactory<H extends EpisodeHooks> {
        H create(Policy policy, int morphology, int rollout);
    }

    /** One finished rollout and the hooks that watched it. */
    public record Run<H>(EpisodeResult result, H hooks) {
    }

    private final PolicyModel model;
    private final RobotDescription robot;
    private final SimSettings sim;
    private final ObservationSpec spec;

    public Rollouts(PolicyModel model, RobotDescription robot, SimSettings sim) throws Exception {
        this.model = model;
        this.robot = robot;
        this.sim = sim;
        this.spec = model.requireObservation();
        List<String> expected = robot.jointNames();
        if (!model.requireAction().jointNames().equals(expected)) {
            throw new IllegalArgumentException("the model commands joints " + model.requireAction().jointNames()
                    + " but robot " + robot.name() + " has " + expected);
        }
    }

    /** Parses morphology specs and checks each applies to the robot; errors name the spec. */
    public List<Morphology> morphologies(List<String> specs) {
        List<Morphology> parsed = new ArrayList<>();
        for (String s : specs) {
            try {
                Morphology m = Morphology.parse(s);
                DamageEffects.apply(m, robot);
                parsed.add(m);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("morphology '" + s + "': " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    /** @return runs indexed [morphology][rollout] */
    public <H extends EpisodeHooks> List<List<Run<H>>> run(List<Morphology> morphologies, int rollouts, long seed,
                                                          int threads, HookFactory<H> hooks)
            throws InterruptedException {
        if (rollouts < 1 || threads < 1) {
            throw new IllegalArgumentException("rollouts and threads must be >= 1, got " + rollouts + " and " + threads);
        }
        int m = morphologies.size();
        @SuppressWarnings("unchecked")
        Run<H>[][] runs = new Run[m][rollouts];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                fs.add(pool.submit(() -> {
                    QuadrupedEnv[] envs = new QuadrupedEnv[m];
                    Policy policy = model.newPolicy();
                    try {
                        for (int k = next.getAndIncrement(); k < m * rollouts; k = next.getAndIncrement()) {
                            int mi = k / rollouts;
                            int r = k % rollouts;
                            if (envs[mi] == null) {
                                envs[mi] = new QuadrupedEnv(robot, morphologies.get(mi), sim, spec);
                            }
                            H h = hooks.create(policy, mi, r);
                            runs[mi][r] = new Run<>(EpisodeRunner.run(envs[mi], policy, Seeds.mix(seed, r), h), h);
                        }
                    } finally {
                        for (QuadrupedEnv e : envs) {
                            if (e != null) {
                                e.close();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("rollouts failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<List<Run<H>>> out = new ArrayList<>();
        for (Run<H>[] row : runs) {
            out.add(List.of(row));
        }
        return out;
    }
}
