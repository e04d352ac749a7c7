package io.hebbian.sim.bench;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.LayerKernels;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.physics.ConstraintErrorMeter;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Measures simulator throughput with a random Hebbian network ([obs, 128, 64, actions], ABCD_eta,
 * coefficients N(0, 0.1²), weights U(-0.1, 0.1)) or a given policy, and the hinges' constraint
 * error during the measured episodes. Time comes from the injected nanosecond clock.
 */
public final class Bench {

    /** Standard deviation of the random coefficients. */
    public static final double COEFFICIENT_SIGMA = 0.1;

    private final RobotDescription robot;
    private final SimSettings settings;
    private final LongSupplier clockNanos;
    private final ObservationSpec spec;
    private final LongFunction<Policy> policies;

    /**
     * Benchmarks with random paper-sized Hebbian networks.
     *
     * @param robot      robot to simulate (intact)
     * @param settings   physics settings (episode length included)
     * @param clockNanos monotonic clock, nanoseconds (e.g. {@code System::nanoTime})
     */
    public Bench(RobotDescription robot, SimSettings settings, LongSupplier clockNanos) {
        this(robot, settings, clockNanos, robot.defaultObservation(), seed -> randomNetwork(robot, seed));
    }

    /**
     * @param spec     the observation the policies take
     * @param policies a new policy per worker thread, from a seed (e.g. an evolved model's)
     */
    public Bench(RobotDescription robot, SimSettings settings, LongSupplier clockNanos, ObservationSpec spec,
            LongFunction<Policy> policies) {
        this.robot = robot;
        this.settings = settings;
        this.clockNanos = clockNanos;
        this.spec = spec;
        this.policies = policies;
    }

    /** A random plastic network for {@code robot}, coefficients drawn from {@code seed}. */
    public static HebbianNetwork randomNetwork(RobotDescription robot, long seed) {
        NetworkShape shape = NetworkShape.of(robot.defaultObservation().size(), NetworkShape.paperHidden(),
                robot.joints().size());
        SplittableRandom rng = new SplittableRandom(seed);
        double[] params = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        for (int k = 0; k < params.length; k++) {
            params[k] = COEFFICIENT_SIGMA * rng.nextGaussian();
        }
        return new HebbianNetwork(HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, params),
                WeightInit.paperUniform(), WeightNormalization.NONE);
    }

    /**
     * Runs the benchmark: a warm-up, single-thread env-only and network-only phases, then full
     * episodes on {@code threads} threads for {@code seconds}.
     */
    public BenchResult run(int threads, double seconds) throws InterruptedException {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be within [1, 256], got " + threads);
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new IllegalArgumentException("seconds must be within (0, 3600], got " + seconds);
        }
        long phase = (long) (seconds * 1e9 / 4);
        double envNanos;
        double netNanos;
        long[] envBytes = new long[1];
        try (QuadrupedEnv env = newEnv()) {
            fullEpisodes(env, 1, phase / 2, 0, new ConstraintErrorMeter());
            envNanos = envOnly(env, phase, envBytes);
        }
        netNanos = networkOnly(phase / 2);
        long fullNanos = (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            ConstraintErrorMeter[] meters = new ConstraintErrorMeter[threads];
            for (int t = 0; t < threads; t++) {
                long seed = 1000L + t;
                ConstraintErrorMeter meter = new ConstraintErrorMeter();
                meters[t] = meter;
                parts.add(pool.submit(() -> {
                    try (QuadrupedEnv env = newEnv()) {
                        return fullEpisodes(env, seed, fullNanos, 1, meter);
                    }
                }));
            }
            long steps = 0;
            long episodes = 0;
            long elapsed = 0;
            long cpu = 0;
            for (Future<long[]> f : parts) {
                long[] r = f.get();
                steps += r[0];
                episodes += r[1];
                elapsed = Math.max(elapsed, r[2]);
                cpu += r[3];
            }
            double secs = elapsed / 1e9;
            ConstraintErrorMeter all = new ConstraintErrorMeter();
            for (ConstraintErrorMeter m : meters) {
                all.addAll(m);
            }
            return new BenchResult(steps / secs / threads, settings.substeps() * 1e9 / envNanos, envNanos / 1e3,
                    netNanos / 1e3, episodes / secs, threads, settings.episodeSteps(), steps * 1e9 / cpu,
                    all.meanAxisDeg(), all.maxAxisDeg(), all.meanAnchorMm(), all.maxAnchorMm(), LayerKernels.active(),
                    envBytes[0]);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("benchmark worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private QuadrupedEnv newEnv() {
        return new QuadrupedEnv(robot, Morphology.intact(), settings, spec);
    }

    /**
     * Full episodes (the loop of {@link io.hebbian.sim.env.EpisodeRunner}) until {@code budget} ns
     * pass and at least {@code minEpisodes} completed, measuring the constraint error after every
     * control step into {@code meter}; returns {steps, complete episodes, elapsed ns, thread CPU ns}.
     */
    private long[] fullEpisodes(QuadrupedEnv env, long seed, long budgetNanos, int minEpisodes,
            ConstraintErrorMeter meter) {
        Policy net = policies.apply(seed);
        double[] action = new double[net.outputSize()];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = clockNanos.getAsLong();
        long deadline = start + budgetNanos;
        long episodes = 0;
        long steps = 0;
        boolean out = false;
        while (!out) {
            SplittableRandom root = new SplittableRandom(seed * 7919 + episodes);
            net.reset(root.split());
            double[] obs = env.reset(root.nextLong());
            while (true) {
                net.act(obs, action);
                StepResult r = env.step(action);
                env.physics().measureConstraintError(meter);
                obs = r.observation();
                steps++;
                if (r.terminated() || r.truncated()) {
                    episodes++;
                    out = episodes >= minEpisodes && clockNanos.getAsLong() >= deadline;
                    break;
                }
                if ((steps & 63) == 0 && episodes >= minEpisodes && clockNanos.getAsLong() >= deadline) {
                    out = true;
                    break;
                }
            }
        }
        return new long[] {steps, episodes, clockNanos.getAsLong() - start, mx.getCurrentThreadCpuTime() - cpuStart};
    }

    /** Nanoseconds per env step with a fixed random action sequence, no network. */
    private double envOnly(QuadrupedEnv env, long budgetNanos) {
        return envOnly(env, budgetNanos, new long[1]);
    }

    /** As {@link #envOnly(QuadrupedEnv, long)}; {@code bytes[0]} receives the heap bytes allocated per step (-1 if the JVM cannot tell). */
    private double envOnly(QuadrupedEnv env, long budgetNanos, long[] bytes) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean hs = mx instanceof com.sun.management.ThreadMXBean h
                && h.isThreadAllocatedMemorySupported() && h.isThreadAllocatedMemoryEnabled() ? h : null;
        long thread = Thread.currentThread().getId();
        SplittableRandom rng = new SplittableRandom(5);
        double[][] actions = new double[64][env.actionSpec().size()];
        for (double[] a : actions) {
            for (int k = 0; k < a.length; k++) {
                a[k] = 2 * rng.nextDouble() - 1;
            }
        }
        env.reset(3);
        long start = clockNanos.getAsLong();
        long allocated = hs == null ? 0 : hs.getThreadAllocatedBytes(thread);
        long steps = 0;
        while (clockNanos.getAsLong() - start < budgetNanos) {
            for (int i = 0; i < 50; i++) {
                if (env.step(actions[(int) (steps % actions.length)]).truncated()) {
                    env.reset(steps);
                }
                steps++;
            }
        }
        bytes[0] = hs == null ? -1 : (hs.getThreadAllocatedBytes(thread) - allocated) / steps;
        return (clockNanos.getAsLong() - start) / (double) steps;
    }

    /** Nanoseconds per network step (forward + Hebbian update) of the benchmarked policy. */
    private double networkOnly(long budgetNanos) {
        Policy net = policies.apply(9);
        net.reset(new SplittableRandom(1));
        double[] obs = new double[net.inputSize()];
        double[] action = new double[net.outputSize()];
        SplittableRandom rng = new SplittableRandom(2);
        long start = clockNanos.getAsLong();
        long steps = 0;
        while (clockNanos.getAsLong() - start < budgetNanos) {
            for (int i = 0; i < 100; i++) {
                obs[(int) (steps % obs.length)] = rng.nextDouble() - 0.5;
                net.act(obs, action);
                steps++;
            }
            if (steps % 1000 == 0) {
                net.reset(rng);
            }
        }
        return (clockNanos.getAsLong() - start) / (double) steps;
    }
}
