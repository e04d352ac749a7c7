package io.hebbian.evolution.analysis;

import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.RewardTerm;
import io.hebbian.sim.env.StepResult;

/** Records the forward progress (metres along +x) of every control step of one episode. */
class ProgressTrace implements EpisodeHooks {

    final double[] progressM;

    ProgressTrace(int steps) {
        this.progressM = new double[steps];
    }

    @Override
    public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult r) {
        if (step < progressM.length) {
            progressM[step] = r.term(RewardTerm.PROGRESS);
        }
    }

    /** Mean over rollouts of the per-step progress. */
    static double[] mean(Iterable<? extends ProgressTrace> traces, int steps) {
        double[] m = new double[steps];
        int n = 0;
        for (ProgressTrace t : traces) {
            for (int k = 0; k < steps; k++) {
                m[k] += t.progressM[k];
            }
            n++;
        }
        for (int k = 0; k < steps; k++) {
            m[k] /= n;
        }
        return m;
    }

    /**
     * Steps after {@code from} until the {@code window}-step moving average of {@code progress} is
     * back to {@code fraction} of {@code baseline}; -1 if it never is or if the baseline is not forward motion.
     */
    static int recoverySteps(double[] progress, int from, double baseline, double fraction, int window) {
        if (!(baseline > 0)) {
            return -1;
        }
        for (int s = from; s + window <= progress.length; s++) {
            double sum = 0;
            for (int k = s; k < s + window; k++) {
                sum += progress[k];
            }
            if (sum / window >= fraction * baseline) {
                return s - from;
            }
        }
        return -1;
    }

    static double meanOver(double[] v, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += v[k];
        }
        return sum / (to - from);
    }
}
