package io.hebbian.evolution.analysis;

import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's Table 1 for one model: many rollouts per morphology, each from new random initial
 * weights (see {@link Rollouts} for seeding). Deterministic for a seed, whatever the thread count.
 */
public final class Evaluation {

    private final Rollouts rollouts;

    /**
     * @param model a complete model (its observation spec must match the robot)
     * @param robot the robot to run it on
     * @param sim   physics settings (normally the model's own)
     */
    public Evaluation(PolicyModel model, RobotDescription robot, SimSettings sim) throws Exception {
        this.rollouts = new Rollouts(model, robot, sim);
    }

    /** Runs {@code count} episodes on each morphology using {@code threads} threads. */
    public List<MorphologyResult> run(List<String> morphologies, int count, long seed, int threads)
            throws InterruptedException {
        List<List<Rollouts.Run<NormProbe>>> runs = rollouts.run(rollouts.morphologies(morphologies), count, seed,
                threads, (policy, m, r) -> new NormProbe(policy));
        List<MorphologyResult> out = new ArrayList<>();
        for (int mi = 0; mi < runs.size(); mi++) {
            List<Rollouts.Run<NormProbe>> row = runs.get(mi);
            EpisodeResult[] results = new EpisodeResult[row.size()];
            double[] growth = new double[row.size()];
            for (int r = 0; r < row.size(); r++) {
                results[r] = row.get(r).result();
                growth[r] = row.get(r).hooks().growth();
            }
            out.add(summarise(morphologies.get(mi), results, growth));
        }
        return out;
    }

    static MorphologyResult summarise(String morphology, EpisodeResult[] rs, double[] growth) {
        int n = rs.length;
        double[] d = new double[n];
        int solved = 0;
        double sat = 0;
        double jump = 0;
        double feet = 0;
        double tilt = 0;
        double power = 0;
        double g = 0;
        for (int k = 0; k < n; k++) {
            d[k] = rs[k].distanceM();
            solved += rs[k].distancePaperUnits() >= MorphologyResult.SOLVED_PAPER_UNITS ? 1 : 0;
            sat += rs[k].gait().saturatedFraction();
            jump += rs[k].gait().meanTargetJumpFraction();
            feet += rs[k].gait().meanFeetOnGround();
            tilt += rs[k].gait().meanTiltRad();
            power += rs[k].gait().meanPowerW();
            g += growth[k];
        }
        return new MorphologyResult(morphology, d, Stats.mean(d), Stats.std(d), (double) solved / n,
                new GaitStats(sat / n, jump / n, feet / n, tilt / n, power / n), g / n);
    }

    /** Records the policy's total weight norm at the first and last step. */
    private static final class NormProbe implements EpisodeHooks {
        private final Policy policy;
        private final double[] norms;
        private double initial;
        private double last;

        NormProbe(Policy policy) {
            this.policy = policy;
            this.norms = new double[policy.weights().shape().layerCount()];
        }

        private double total() {
            policy.weightNorms(norms);
            double ss = 0;
            for (double v : norms) {
                ss += v * v;
            }
            return Math.sqrt(ss);
        }

        @Override
        public void beforeStep(int step, QuadrupedEnv env, Policy p) {
            if (step == 0) {
                initial = total();
            }
        }

        @Override
        public void afterStep(int step, QuadrupedEnv env, Policy p, double[] action, StepResult r) {
            if (r.terminated() || r.truncated()) {
                last = total();
            }
        }

        double growth() {
            return initial > 0 ? last / initial : 1;
        }
    }
}
