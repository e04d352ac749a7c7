package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.StepResult;
import java.util.List;

/**
 * Weight growth over an episode: the norm of all of a policy's weights after each control step, as a
 * multiple of its norm before the first step, averaged over rollouts, per morphology. Unbounded Hebbian
 * weights grow by orders of magnitude; normalised ones stay near 1; static and recurrent ones stay 1.
 */
public final class WeightNormExperiment {

    /**
     * @param meanGrowth  [morphology][step]: mean over rollouts of |W(after step)| / |W(before step 0)| (1 for
     *                    weights that start at zero)
     * @param finalGrowth [morphology]: the same at the episode's last step
     */
    public record Result(double[][] meanGrowth, double[] finalGrowth) {
    }

    private final Rollouts rollouts;

    public WeightNormExperiment(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    /** @param steps control steps per episode (the trace length) */
    public Result run(List<Morphology> morphologies, int steps, int count, long seed, int threads)
            throws InterruptedException {
        var runs = rollouts.run(morphologies, count, seed, threads, (policy, m, r) -> new NormTrace(policy, steps));
        double[][] mean = new double[morphologies.size()][steps];
        double[] last = new double[morphologies.size()];
        for (int m = 0; m < morphologies.size(); m++) {
            for (var run : runs.get(m)) {
                double[] g = run.hooks().filled();
                for (int k = 0; k < steps; k++) {
                    mean[m][k] += g[k] / count;
                }
            }
            last[m] = mean[m][steps - 1];
        }
        return new Result(mean, last);
    }

    /**
     * Records {@code |W| / |W0|} after every step; {@link #filled()} gives steps the episode did not reach (it
     * ended early) its last value, so every trace has the episode's length.
     */
    static final class NormTrace implements EpisodeHooks {
        final double[] growth;
        private final double[] norms;
        private double initial = Double.NaN;
        private int recorded;

        NormTrace(Policy policy, int steps) {
            this.growth = new double[steps];
            this.norms = WeightNorm.scratch(policy);
        }

        private double total(Policy policy) {
            return WeightNorm.total(policy, norms);
        }

        @Override
        public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
            if (step == 0) {
                initial = total(policy);
            }
        }

        @Override
        public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult r) {
            if (step < growth.length) {
                growth[step] = initial > 0 ? total(policy) / initial : 1.0;
                recorded = step + 1;
            }
        }

        /** The trace, steps after the episode's end holding its last value. */
        double[] filled() {
            if (recorded > 0) {
                java.util.Arrays.fill(growth, recorded, growth.length, growth[recorded - 1]);
            }
            return growth;
        }
    }
}
