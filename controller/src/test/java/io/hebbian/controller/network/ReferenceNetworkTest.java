package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.Term;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The network against an independent, deliberately plain implementation at a shape where every
 * dimension differs ([5, 3, 2]), so a transposed index, a pre/post swap or a layer using another
 * layer's coefficients cannot pass: two-dimensional {@code w[layer][post][pre]} arrays, coefficients
 * read with {@link HebbianCoefficients#get} (post j, pre i), {@code StrictMath.tanh}.
 */
class ReferenceNetworkTest {

    private static final int[] SIZES = {5, 3, 2};

    /** One step of the reference: forward with the current weights, then every layer's update in place. */
    private static double[] referenceStep(double[][][] w, HebbianCoefficients c, double[] input) {
        double[][] act = new double[SIZES.length][];
        act[0] = input.clone();
        for (int l = 0; l < SIZES.length - 1; l++) {
            act[l + 1] = new double[SIZES[l + 1]];
            for (int j = 0; j < SIZES[l + 1]; j++) {
                double s = 0;
                for (int i = 0; i < SIZES[l]; i++) {
                    s += w[l][j][i] * act[l][i];
                }
                act[l + 1][j] = StrictMath.tanh(s);
            }
        }
        for (int l = 0; l < SIZES.length - 1; l++) {
            for (int j = 0; j < SIZES[l + 1]; j++) {
                for (int i = 0; i < SIZES[l]; i++) {
                    double pre = act[l][i];
                    double post = act[l + 1][j];
                    w[l][j][i] += c.get(l, Term.ETA, j, i) * (c.get(l, Term.A, j, i) * pre * post
                            + c.get(l, Term.B, j, i) * pre + c.get(l, Term.C, j, i) * post + c.get(l, Term.D, j, i));
                }
            }
        }
        return act[SIZES.length - 1];
    }

    @Test
    void fiftyStepsMatchThePlainReferenceAtAShapeWithNoSymmetry() {
        NetworkShape shape = new NetworkShape(SIZES);
        SplittableRandom r = new SplittableRandom(11);
        double[] p = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextGaussian() * 0.5;
        }
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, p);
        double[][] flat = new double[SIZES.length - 1][];
        double[][][] w = new double[SIZES.length - 1][][];
        for (int l = 0; l < SIZES.length - 1; l++) {
            flat[l] = new double[SIZES[l + 1] * SIZES[l]];
            w[l] = new double[SIZES[l + 1]][SIZES[l]];
            for (int j = 0; j < SIZES[l + 1]; j++) {
                for (int i = 0; i < SIZES[l]; i++) {
                    double v = r.nextDouble() * 0.2 - 0.1;
                    w[l][j][i] = v;
                    flat[l][j * SIZES[l] + i] = v; // the file layout: row-major (out x in)
                }
            }
        }
        for (LayerKernel kernel : new LayerKernel[] {ScalarKernel.INSTANCE, LayerKernels.best()}) {
            double[][][] ref = new double[w.length][][];
            for (int l = 0; l < w.length; l++) {
                ref[l] = new double[w[l].length][];
                for (int j = 0; j < w[l].length; j++) {
                    ref[l][j] = w[l][j].clone();
                }
            }
            HebbianNetwork net = new HebbianNetwork(c, WeightInit.paperUniform(), WeightNormalization.NONE, kernel);
            net.reset(new NetworkWeights(shape, flat));
            double[] action = new double[2];
            for (int t = 0; t < 50; t++) {
                double[] in = new double[5];
                for (int i = 0; i < in.length; i++) {
                    in[i] = StrictMath.sin(0.3 * t + 1.7 * i);
                }
                double[] expected = referenceStep(ref, c, in);
                net.act(in, action);
                assertThat(action).as("step %d, %s kernel", t, kernel.getClass().getSimpleName())
                        .containsExactly(expected, within(1e-12));
            }
            NetworkWeights after = net.weights();
            for (int l = 0; l < ref.length; l++) {
                for (int j = 0; j < ref[l].length; j++) {
                    for (int i = 0; i < ref[l][j].length; i++) {
                        assertThat(after.layer(l)[j * SIZES[l] + i]).as("w[%d][%d][%d]", l, j, i)
                                .isCloseTo(ref[l][j][i], within(1e-9 * Math.max(1, Math.abs(ref[l][j][i]))));
                    }
                }
            }
        }
    }
}
