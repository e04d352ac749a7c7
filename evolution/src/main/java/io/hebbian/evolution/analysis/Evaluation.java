package io.hebbian.evolution.analysis;

import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.evolution.es.Seeds;
import io.hebbian.sim.damage.Morphology;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.EpisodeRunner;
import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The paper's Table 1 for one model: many rollouts per morphology, each from new random initial
 * weights (rollout {@code r} uses episode seed {@code mix(seed, r)} on every morphology, so
 * morphologies are compared on the same draws). Deterministic for a seed, whatever the thread count.
 */
public final class Evaluation {

    private final PolicyModel model;
    private final RobotDescription robot;
    private final SimSettings sim;
    private final ObservationSpec spec;

    /**
     * @param model a complete model (its observation spec must match the robot)
     * @param robot the robot to run it on
     * @param sim   physics settings (normally the model's own)
     */
    public Evaluation(PolicyModel model, RobotDescription robot, SimSettings sim) throws Exception {
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

    /** Runs {@code rollouts} episodes on each morphology using {@code threads} threads. */
    public List<MorphologyResult> run(List<String> morphologies, int rollouts, long seed, int threads)
            throws InterruptedException {
        if (rollouts < 1 || threads < 1) {
            throw new IllegalArgumentException("rollouts and threads must be >= 1, got " + rollouts + " and " + threads);
        }
        List<Morphology> parsed = new ArrayList<>();
        for (String spec : morphologies) {
            try {
                Morphology p = Morphology.parse(spec);
                p.applyTo(robot);
                parsed.add(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("morphology '" + spec + "': " + e.getMessage(), e);
            }
        }
        int m = parsed.size();
        EpisodeResult[][] results = new EpisodeResult[m][rollouts];
        double[][] growth = new double[m][rollouts];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                fs.add(pool.submit(() -> {
                    QuadrupedEnv[] envs = new QuadrupedEnv[m];
                    Policy policy = model.newPolicy();
                    NormProbe probe = new NormProbe(policy);
                    try {
                        for (int k = next.getAndIncrement(); k < m * rollouts; k = next.getAndIncrement()) {
                            int mi = k / rollouts;
                            int r = k % rollouts;
                            if (envs[mi] == null) {
                                envs[mi] = new QuadrupedEnv(robot, parsed.get(mi), sim, spec);
                            }
                            results[mi][r] = EpisodeRunner.run(envs[mi], policy, Seeds.mix(seed, r), probe);
                            growth[mi][r] = probe.growth();
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
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<MorphologyResult> out = new ArrayList<>();
        for (int mi = 0; mi < m; mi++) {
            out.add(summarise(morphologies.get(mi), results[mi], growth[mi]));
        }
        return out;
    }

    static MorphologyResult summarise(String morphology, EpisodeResult[] rs, double[] growth) {
        int n = rs.length;
        double[] d = new double[n];
        double sum = 0;
        int solved = 0;
        double sat = 0;
        double jump = 0;
        double feet = 0;
        double tilt = 0;
        double g = 0;
        for (int k = 0; k < n; k++) {
            d[k] = rs[k].distanceM();
            sum += d[k];
            solved += rs[k].distancePaperUnits() >= MorphologyResult.SOLVED_PAPER_UNITS ? 1 : 0;
            sat += rs[k].gait().saturatedFraction();
            jump += rs[k].gait().meanTargetJumpFraction();
            feet += rs[k].gait().meanFeetOnGround();
            tilt += rs[k].gait().meanTiltRad();
            g += growth[k];
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        return new MorphologyResult(morphology, d, mean, Math.sqrt(ss / n), (double) solved / n,
                new GaitStats(sat / n, jump / n, feet / n, tilt / n), g / n);
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
