package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.Rollouts;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's freeze-the-weights experiment: plasticity stops at step t (weights then stay as they
 * are); distance walked as a function of t shows how fast the weights self-organise (paper: 30–80 steps).
 */
public final class FreezeExperiment {

    /** Freeze step (or -1 for never) and the resulting distance, mean ± std over rollouts. */
    public record Point(int freezeStep, double meanDistanceM, double stdDistanceM) {
    }

    /**
     * @param points         one per freeze step, in the given order, then "never" last
     * @param convergedStep  the first freeze step whose mean distance reaches 90 % of never freezing (-1 if none)
     */
    public record Result(List<Point> points, int convergedStep) {
    }

    private final Rollouts rollouts;

    public FreezeExperiment(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    public Result run(Morphology morphology, int[] freezeSteps, int count, long seed, int threads)
            throws InterruptedException {
        List<Point> points = new ArrayList<>();
        for (int t : freezeSteps) {
            points.add(point(morphology, t, count, seed, threads));
        }
        Point never = point(morphology, -1, count, seed, threads);
        points.add(never);
        int converged = -1;
        for (Point p : points) {
            if (p.freezeStep() >= 0 && p.meanDistanceM() >= 0.9 * never.meanDistanceM() && never.meanDistanceM() > 0) {
                converged = p.freezeStep();
                break;
            }
        }
        return new Result(points, converged);
    }

    private Point point(Morphology morphology, int t, int count, long seed, int threads) throws InterruptedException {
        var runs = rollouts.run(List.of(morphology), count, seed, threads, (policy, m, r) -> new Freezer(policy, t));
        double[] d = runs.get(0).stream().mapToDouble(run -> run.result().distanceM()).toArray();
        return new Point(t, Stats.mean(d), Stats.std(d));
    }

    private static final class Freezer implements EpisodeHooks {
        private final HebbianNetwork net;
        private final int at;

        Freezer(Policy policy, int at) {
            if (!(policy instanceof HebbianNetwork h)) {
                throw new IllegalArgumentException("freeze-weights needs a Hebbian model, not a static one");
            }
            this.net = h;
            this.at = at;
        }

        @Override
        public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
            if (step == at) {
                net.setPlastic(false);
            }
        }
    }
}
