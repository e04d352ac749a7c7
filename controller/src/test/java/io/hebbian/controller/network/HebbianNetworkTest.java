package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.Term;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HebbianNetworkTest {

    /** One layer, 2 inputs, 1 output; expected values worked out by hand (see comments). */
    static HebbianCoefficients tinyCoefficients() {
        NetworkShape shape = new NetworkShape(new int[] {2, 1});
        return HebbianCoefficients.fromTermArrays(PlasticityRule.ABCD_eta, shape, List.of(Map.of(
                Term.A, new double[] {0.5, -1},
                Term.B, new double[] {0.1, 0.2},
                Term.C, new double[] {0.3, 0},
                Term.D, new double[] {0.01, -0.02},
                Term.ETA, new double[] {1, 0.5})));
    }

    static NetworkWeights tinyWeights() {
        return new NetworkWeights(new NetworkShape(new int[] {2, 1}), new double[][] {{0.2, -0.4}});
    }

    @Test
    void matchesHandComputedStepsOfTheAbcdEtaRule() {
        HebbianNetwork net = new HebbianNetwork(tinyCoefficients(), WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(tinyWeights());
        double[] a = new double[1];

        // step 1: s = 0.2*1 - 0.4*0.5 = 0 -> action tanh(0) = 0
        // w0 += 1.0*(0.5*1*0 + 0.1*1 + 0.3*0 + 0.01) = 0.11 -> 0.31
        // w1 += 0.5*(-1*0.5*0 + 0.2*0.5 + 0*0 - 0.02) = 0.04 -> -0.36
        net.act(new double[] {1, 0.5}, a);
        assertThat(a[0]).isEqualTo(0.0);
        assertThat(net.weights().layer(0)).containsExactly(new double[] {0.31, -0.36}, within(1e-15));

        // step 2: s = 0.31 - 0.18 = 0.13 -> tanh = 0.12927258360605834
        net.act(new double[] {1, 0.5}, a);
        assertThat(a[0]).isCloseTo(0.1292725836060583, within(1e-15));
        assertThat(net.weights().layer(0)).containsExactly(
                new double[] {0.5234180668848467, -0.3523181459015146}, within(1e-15));

        // step 3: another input
        net.act(new double[] {-0.3, 0.8}, a);
        assertThat(a[0]).isCloseTo(-0.4127155937668038, within(1e-15));
        assertThat(net.weights().layer(0)).containsExactly(
                new double[] {0.44151072781982614, -0.11723190839479308}, within(1e-15));
    }

    @Test
    void frozenNetworkKeepsItsWeights() {
        HebbianNetwork net = new HebbianNetwork(tinyCoefficients(), WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(tinyWeights());
        net.setPlastic(false);
        double[] a = new double[1];
        net.act(new double[] {1, 0.5}, a);
        net.act(new double[] {-0.3, 0.8}, a);
        assertThat(net.weights().layer(0)).containsExactly(0.2, -0.4);
        assertThat(a[0]).isEqualTo(Math.tanh(0.2 * -0.3 + -0.4 * 0.8));
    }

    @Test
    void ruleWithoutEtaAndTermsUsesNeutralValues() {
        // AD rule: dw = A*pre*post + D, eta = 1, B = C = 0
        NetworkShape shape = new NetworkShape(new int[] {1, 1});
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.AD, shape, new double[] {2.0, 0.5});
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new NetworkWeights(shape, new double[][] {{1.0}}));
        double[] a = new double[1];
        net.act(new double[] {0.5}, a);
        double post = Math.tanh(0.5);
        assertThat(a[0]).isEqualTo(post);
        assertThat(net.weights().layer(0)[0]).isCloseTo(1.0 + 2.0 * 0.5 * post + 0.5, within(1e-15));
    }

    @Test
    void twoLayersUpdateFromTheirOwnPreAndPost() {
        // [1,1,1] with A only: layer0 pre = x, post = h; layer1 pre = h, post = y
        NetworkShape shape = new NetworkShape(new int[] {1, 1, 1});
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.A, shape, new double[] {1.0, -1.0});
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new NetworkWeights(shape, new double[][] {{0.5}, {2.0}}));
        double[] y = new double[1];
        net.act(new double[] {1.0}, y);
        double h = Math.tanh(0.5);
        double out = Math.tanh(2.0 * h);
        assertThat(y[0]).isEqualTo(out);
        NetworkWeights w = net.weights();
        assertThat(w.layer(0)[0]).isCloseTo(0.5 + 1.0 * 1.0 * h, within(1e-15));
        assertThat(w.layer(1)[0]).isCloseTo(2.0 - 1.0 * h * out, within(1e-15));
    }

    @Test
    void sameSeedGivesBitIdenticalActions() {
        NetworkShape shape = new NetworkShape(new int[] {6, 16, 8, 3});
        double[] params = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < params.length; k++) {
            params[k] = r.nextGaussian() * 0.1;
        }
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, params);
        double[] first = run(c, 42);
        assertThat(run(c, 42)).containsExactly(first);
        assertThat(run(c, 43)).isNotEqualTo(first);
    }

    private static double[] run(HebbianCoefficients c, long seed) {
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new SplittableRandom(seed));
        double[] obs = new double[6];
        double[] a = new double[3];
        double[] trace = new double[300];
        for (int t = 0; t < 100; t++) {
            for (int k = 0; k < obs.length; k++) {
                obs[k] = Math.sin(0.1 * t + k);
            }
            net.act(obs, a);
            System.arraycopy(a, 0, trace, 3 * t, 3);
        }
        return trace;
    }

    @Test
    void uniformInitStaysWithinHalfWidth() {
        NetworkShape shape = new NetworkShape(new int[] {28, 128, 64, 8});
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.A, shape,
                new double[shape.totalSynapses()]);
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new SplittableRandom(1));
        double[] flat = net.weights().flatten();
        assertThat(flat).hasSize(12_288);
        assertThat(java.util.Arrays.stream(flat).map(Math::abs).max().orElseThrow()).isLessThanOrEqualTo(0.1);
        double mean = java.util.Arrays.stream(flat).average().orElseThrow();
        assertThat(mean).isCloseTo(0.0, within(0.005));
    }

    @Test
    void outputOverrideForcesActionAndLearningSignal() {
        HebbianNetwork net = new HebbianNetwork(tinyCoefficients(), WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(tinyWeights());
        net.setOutputOverride(new double[] {1.0});
        double[] a = new double[1];
        net.act(new double[] {1, 0.5}, a);
        assertThat(a[0]).isEqualTo(1.0);
        // post = 1: w0 += 1*(0.5*1*1 + 0.1 + 0.3 + 0.01) = 0.91; w1 += 0.5*(-0.5 + 0.1 + 0 - 0.02) = -0.21
        assertThat(net.weights().layer(0)).containsExactly(new double[] {1.11, -0.61}, within(1e-15));
        assertThatThrownBy(() -> net.setOutputOverride(new double[2])).hasMessageContaining("expected 1 output");
    }

    @Test
    void zeroWeightsZeroesAboutTheFraction() {
        NetworkShape shape = new NetworkShape(new int[] {30, 100});
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.A, shape, new double[3000]);
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new SplittableRandom(3));
        int zeroed = net.zeroWeights(1.0 / 3, new SplittableRandom(4));
        long zeros = java.util.Arrays.stream(net.weights().flatten()).filter(v -> v == 0).count();
        assertThat(zeros).isEqualTo(zeroed);
        assertThat(zeroed).isBetween(900, 1100);
    }

    @Test
    void shapeMismatchesAreProgrammerErrorsWithSizes() {
        HebbianNetwork net = new HebbianNetwork(tinyCoefficients(), WeightInit.paperUniform(), WeightNormalization.NONE);
        assertThatThrownBy(() -> net.act(new double[3], new double[1]))
                .hasMessage("expected 2 inputs and 1 outputs, got 3 and 1");
    }

    @Test
    void staticNetworkComputesTheSameForwardPass() {
        StaticNetwork s = new StaticNetwork(tinyWeights());
        double[] a = new double[1];
        s.act(new double[] {-0.3, 0.8}, a);
        assertThat(a[0]).isEqualTo(Math.tanh(0.2 * -0.3 + -0.4 * 0.8));
        s.reset(new SplittableRandom(1));
        s.act(new double[] {-0.3, 0.8}, a);
        assertThat(a[0]).isEqualTo(Math.tanh(0.2 * -0.3 + -0.4 * 0.8));
    }
}
