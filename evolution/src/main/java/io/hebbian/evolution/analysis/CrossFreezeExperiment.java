package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.numeric.Seeds;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeRunner;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cross-freeze diagnostic that separates adaptation from a weight generator. Weights develop
 * from fresh random weights for {@code developSteps} on one body, then a new episode on the damaged
 * body starts from them:
 * (a) developed on the intact body, then frozen; (b) developed on the intact body, plasticity on;
 * (c) developed on the damaged body, then frozen. Genuine adaptation: (b) ≈ (c) > (a), i.e. the
 * rules re-organise the weights for the body they are on. Rollout {@code r} uses seed
 * {@code mix(seed, r)} for both phases, so results do not depend on the thread count.
 */
public final class CrossFreezeExperiment {

    /** Mean ± std distance of the three conditions on the damaged body, metres. */
    public record Result(double intactFrozenM, double intactFrozenStdM, double intactPlasticM, double intactPlasticStdM,
                         double damagedFrozenM, double damagedFrozenStdM) {
    }

    private final PolicyModel model;
    private final RobotDescription robot;
    private final SimSettings sim;
    private final ObservationSpec spec;

    public CrossFreezeExperiment(PolicyModel model, RobotDescription robot, SimSettings sim) throws Exception {
        if (!model.isHebbian()) {
            throw new IllegalArgumentException("the cross-freeze diagnostic needs a Hebbian model, not a static one");
        }
        this.model = model;
        this.robot = robot;
        this.sim = sim;
        this.spec = model.requireObservation();
    }

    /**
     * @param damaged      the body tested on (and developed on for condition c)
     * @param developSteps control steps of weight development before the test episode
     */
    public Result run(Morphology damaged, int developSteps, int rollouts, long seed, int threads)
            throws InterruptedException {
        if (developSteps < 1 || rollouts < 1 || threads < 1) {
            throw new IllegalArgumentException("develop steps, rollouts and threads must be >= 1, got " + developSteps
                    + ", " + rollouts + " and " + threads);
        }
        double[][] d = new double[3][rollouts];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                fs.add(pool.submit(() -> {
                    SimSettings develop = sim.withEpisodeSteps(developSteps).withEarlyStop(false);
                    try (QuadrupedEnv intactDev = new QuadrupedEnv(robot, Morphology.intact(), develop, spec);
                         QuadrupedEnv damagedDev = new QuadrupedEnv(robot, damaged, develop, spec);
                         QuadrupedEnv test = new QuadrupedEnv(robot, damaged, sim, spec)) {
                        HebbianNetwork net = (HebbianNetwork) model.newPolicy();
                        for (int r = next.getAndIncrement(); r < rollouts; r = next.getAndIncrement()) {
                            long s = Seeds.mix(seed, r);
                            NetworkWeights fromIntact = developed(intactDev, net, s);
                            NetworkWeights fromDamaged = developed(damagedDev, net, s);
                            d[0][r] = test(test, net, fromIntact, false, s);
                            d[1][r] = test(test, net, fromIntact, true, s);
                            d[2][r] = test(test, net, fromDamaged, false, s);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cross-freeze rollouts failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(Stats.mean(d[0]), Stats.std(d[0]), Stats.mean(d[1]), Stats.std(d[1]), Stats.mean(d[2]),
                Stats.std(d[2]));
    }

    private static NetworkWeights developed(QuadrupedEnv env, HebbianNetwork net, long seed) {
        EpisodeRunner.run(env, net, seed, EpisodeHooks.NONE);
        return net.weights();
    }

    private static double test(QuadrupedEnv env, HebbianNetwork net, NetworkWeights start, boolean plastic, long seed) {
        return EpisodeRunner.run(env, net, seed, new EpisodeHooks() {
            @Override
            public void beforeStep(int step, QuadrupedEnv e, Policy p) {
                if (step == 0) {
                    net.reset(start);
                    net.setPlastic(plastic);
                }
            }
        }).distanceM();
    }
}
