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
 * forward + Hebbian update, for each normalisation.
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

    private HebbianNetwork net;
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
        net.reset(r);
    }

    private void nextObservation() {
        t++;
        for (int k = 0; k < obs.length; k++) {
            obs[k] = Math.sin(0.05 * t + k);
        }
    }

    @Benchmark
    public void forwardAndUpdate(Blackhole bh) {
        nextObservation();
        net.setPlastic(true);
        net.act(obs, action);
        bh.consume(action);
    }

    @Benchmark
    public void forwardOnly(Blackhole bh) {
        nextObservation();
        net.setPlastic(false);
        net.act(obs, action);
        bh.consume(action);
    }
}
