package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.Term;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The network maths at the paper's shape, against a textbook implementation and across kernels. */
class LayerKernelTest {

    private static final NetworkShape PAPER = new NetworkShape(new int[] {28, 128, 64, 8});

    private static HebbianCoefficients randomCoefficients(NetworkShape shape, long seed, double sigma) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        for (int k = 0; k < p.length; k++) {
            p[k] = sigma * rng.nextGaussian();
        }
        return HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, p);
    }

    private static double[] input(int step, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(0.07 * step + 0.9 * i);
        }
        return x;
    }

    /** Plain nested loops over w[j][i] with the rule written as in the paper, no tricks. */
    private static double[][] textbookSteps(HebbianCoefficients c, double[][] w0, int steps, double[][] lastOut) {
        double[][] w = new double[w0.length][];
        for (int l = 0; l < w0.length; l++) {
            w[l] = w0[l].clone();
        }
        for (int t = 0; t < steps; t++) {
            double[][] act = new double[PAPER.layerCount() + 1][];
            act[0] = input(t, PAPER.inputSize());
            for (int l = 0; l < PAPER.layerCount(); l++) {
                act[l + 1] = new double[PAPER.out(l)];
                for (int j = 0; j < PAPER.out(l); j++) {
                    double s = 0;
                    for (int i = 0; i < PAPER.in(l); i++) {
                        s += w[l][j * PAPER.in(l) + i] * act[l][i];
                    }
                    act[l + 1][j] = Math.tanh(s);
                }
            }
            for (int l = 0; l < PAPER.layerCount(); l++) {
                for (int j = 0; j < PAPER.out(l); j++) {
                    for (int i = 0; i < PAPER.in(l); i++) {
                        double pre = act[l][i];
                        double post = act[l + 1][j];
                        w[l][j * PAPER.in(l) + i] += c.get(l, Term.ETA, j, i) * (c.get(l, Term.A, j, i) * pre * post
                                + c.get(l, Term.B, j, i) * pre + c.get(l, Term.C, j, i) * post + c.get(l, Term.D, j, i));
                    }
                }
            }
            lastOut[0] = act[PAPER.layerCount()];
        }
        return w;
    }

    @Test
    void paperShapeMatchesTextbookLoops() {
        HebbianCoefficients c = randomCoefficients(PAPER, 3, 0.1);
        HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE);
        net.reset(new SplittableRandom(11));
        NetworkWeights start = net.weights();
        double[][] w0 = new double[PAPER.layerCount()][];
        for (int l = 0; l < w0.length; l++) {
            w0[l] = start.layer(l).clone();
        }
        double[] action = new double[8];
        int steps = 6;
        for (int t = 0; t < steps; t++) {
            net.act(input(t, 28), action);
        }
        double[][] out = new double[1][];
        double[][] expected = textbookSteps(c, w0, steps, out);
        assertThat(action).containsExactly(out[0], within(1e-9));
        for (int l = 0; l < w0.length; l++) {
            assertThat(net.weights().layer(l)).as("layer %d", l).containsExactly(expected[l], within(1e-9));
            // the weights really moved, so a transposed coefficient index could not pass
            assertThat(Math.abs(expected[l][1] - w0[l][1])).isGreaterThan(1e-4);
        }
    }

    @Test
    void vectorKernelGivesTheScalarBits() {
        LayerKernel vector;
        try {
            vector = LayerKernels.choose("vector");
        } catch (IllegalStateException e) {
            assumeTrue(false, "no Vector API in this JVM: " + e.getMessage());
            return;
        }
        // odd layer widths exercise every tail: rows left over from the four-row forward, and the 256-bit
        // and scalar remainders of the update
        for (NetworkShape shape : new NetworkShape[] {PAPER, new NetworkShape(new int[] {27, 33, 5}),
                new NetworkShape(new int[] {13, 7, 6})}) {
            HebbianCoefficients c = randomCoefficients(shape, 5, 0.05);
            HebbianNetwork a = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE,
                    ScalarKernel.INSTANCE);
            HebbianNetwork b = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE, vector);
            a.reset(new SplittableRandom(8));
            b.reset(new SplittableRandom(8));
            double[] outA = new double[shape.outputSize()];
            double[] outB = new double[shape.outputSize()];
            for (int t = 0; t < 300; t++) {
                double[] x = input(t, shape.inputSize());
                a.act(x, outA);
                b.act(x, outB);
                assertThat(outB).isEqualTo(outA);
            }
            for (int l = 0; l < shape.layerCount(); l++) {
                assertThat(b.weights().layer(l)).isEqualTo(a.weights().layer(l));
            }
        }
    }

    @Test
    void unknownKernelNameIsRefused() {
        assertThatThrownBy(() -> LayerKernels.choose("gpu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, scalar or vector");
        assertThat(LayerKernels.choose("scalar")).isSameAs(ScalarKernel.INSTANCE);
    }
}
