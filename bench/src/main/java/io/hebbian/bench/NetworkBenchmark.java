package io.hebbian.bench;

import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One control step of the paper's [28, 128, 64, 8] network: forward only (plasticity off) and
 * forward + Hebbian update, for each normalisation. As in {@code hebbian bench}, the network is reset
 * (fresh random weights) every {@value #EPISODE_STEPS} steps: without resets the Hebbian weights keep
 * growing over millions of steps into a regime no episode reaches (saturated units), and the measured
 * step time is not the one an episode sees.
 * Run: {@code mvn -Pbench -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NetworkBenchmark {

    @Param({"none", "max-abs", "variance"})
    public String normalization;

    /** Steps between resets, as in the bench command. */
    static final int EPISODE_STEPS = 1000;

    private HebbianNetwork net;
    private SplittableRandom resets;
    private final double[] obs = new double[28];
    private final double[] action = new double[8];
    private int t;

    @Setup
    public void setup() {
        NetworkShape shape = new NetworkShape(new int[] {28, 128, 64, 8});
        SplittableRandom r = new SplittableRandom(1);
        double[] p = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        for (int k = 0; k < p.length; k++) {
            p[k] = 0.01 * r.nextGaussian();
        }
        net = new HebbianNetwork(HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, p),
                WeightInit.paperUniform(), WeightNormalization.fromId(normalization));
        resets = new SplittableRandom(2);
        net.reset(r);
    }

    private void nextObservation() {
        t++;
        if (t % EPISODE_STEPS == 0) {
            net.reset(resets);
        }
        for (int k = 0; k < obs.length; k++) {
            obs[k] = Math.sin(0.05 * t + k);
        }
    }

    /** One control step; the action (Modified, returned). */
    double[] step(boolean plastic) {
        nextObservation();
        net.setPlastic(plastic);
        net.act(obs, action);
        return action;
    }

    /** The benchmarked network (for tests). */
    HebbianNetwork network() {
        return net;
    }

    @Benchmark
    public void forwardAndUpdate(Blackhole bh) {
        bh.consume(step(true));
    }

    @Benchmark
    public void forwardOnly(Blackhole bh) {
        bh.consume(step(false));
    }
}
