package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.numeric.Seeds;
import io.hebbian.sim.env.Rollouts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The paper's two perturbations of a running Hebbian network, with per-step progress before,
 * during and after, and the recovery time:
 * <ul>
 *   <li>saturate: all outputs forced to 1.0 for steps [start, end) (paper: 300–400; recovery ~50 steps);</li>
 *   <li>zero: a third of all weights set to zero at step {@code start} (paper: recovery ~10 steps).</li>
 * </ul>
 * Recovery: steps after the perturbation until the 10-step moving average of the mean progress is
 * back to 90 % of its mean over the 100 steps before the perturbation.
 */
public final class PerturbationExperiment {

    /** Which perturbation. */
    public enum Kind { SATURATE, ZERO }

    /**
     * @param meanProgressM mean progress per step over rollouts, metres
     * @param baselineM     mean progress per step in the 100 steps before the perturbation
     * @param recoverySteps steps until recovered, -1 if never within the episode
     */
    public record Result(Kind kind, int start, int end, double[] meanProgressM, double baselineM, int recoverySteps) {
    }

    private static final int BASELINE_STEPS = 100;
    private static final double RECOVERED_FRACTION = 0.9;
    private static final int WINDOW = 10;

    private final Rollouts rollouts;

    public PerturbationExperiment(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    /**
     * @param start first perturbed step (at least 100, so there is a baseline)
     * @param end   first unperturbed step (saturate only; zero is instantaneous)
     */
    public Result run(Kind kind, Morphology morphology, int start, int end, int steps, int count, long seed,
                      int threads) throws InterruptedException {
        int last = kind == Kind.SATURATE ? end : start + 1;
        if (start < BASELINE_STEPS || last <= start || last > steps) {
            throw new IllegalArgumentException("need 100 <= start < end <= episode steps, got start " + start
                    + (kind == Kind.SATURATE ? ", end " + end : "") + ", steps " + steps);
        }
        var runs = rollouts.run(List.of(morphology), count, seed, threads,
                (policy, m, r) -> new Perturbing(policy, kind, start, end, steps, Seeds.mix(seed, r, 0x2E50)));
        List<ProgressTrace> traces = new ArrayList<>();
        runs.get(0).forEach(run -> traces.add(run.hooks()));
        double[] mean = ProgressTrace.mean(traces, steps);
        double baseline = ProgressTrace.meanOver(mean, start - BASELINE_STEPS, start);
        int from = kind == Kind.SATURATE ? end : start;
        return new Result(kind, start, last, mean, baseline,
                ProgressTrace.recoverySteps(mean, from, baseline, RECOVERED_FRACTION, WINDOW));
    }

    private static final class Perturbing extends ProgressTrace {
        private final HebbianNetwork net;
        private final Kind kind;
        private final int start;
        private final int end;
        private final long seed;

        Perturbing(Policy policy, Kind kind, int start, int end, int steps, long seed) {
            super(steps);
            if (!(policy instanceof HebbianNetwork h)) {
                throw new IllegalArgumentException("perturbation experiments need a Hebbian model, not a static one");
            }
            this.net = h;
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.seed = seed;
        }

        @Override
        public void beforeStep(int step, io.hebbian.sim.env.QuadrupedEnv env, Policy policy) {
            if (kind == Kind.SATURATE) {
                if (step == start) {
                    double[] ones = new double[net.outputSize()];
                    Arrays.fill(ones, 1.0);
                    net.setOutputOverride(ones);
                } else if (step == end) {
                    net.setOutputOverride(null);
                }
            } else if (step == start) {
                net.zeroWeights(1.0 / 3.0, new SplittableRandom(seed));
            }
        }
    }
}
