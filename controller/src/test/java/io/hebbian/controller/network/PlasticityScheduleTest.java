package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Slow plasticity on the one-layer network of {@link HebbianNetworkTest} (w = {0.2, -0.4}; A = {0.5, -1},
 * B = {0.1, 0.2}, C = {0.3, 0}, D = {0.01, -0.02}, η = {1, 0.5}), expected values by hand.
 */
class PlasticityScheduleTest {

    private static final double[] X1 = {1, 0.5};
    private static final double[] X2 = {-0.3, 0.8};
    private static final double[] X3 = {0.6, -0.9};

    private static HebbianNetwork tiny(int interval, int window) {
        HebbianNetwork net = new HebbianNetwork(HebbianNetworkTest.tinyCoefficients(), WeightInit.paperUniform(),
                WeightNormalization.NONE, new PlasticitySchedule(interval, window));
        net.reset(HebbianNetworkTest.tinyWeights());
        return net;
    }

    /** The rule's update of the tiny layer from {@code pre} and {@code post}, in the kernel's order. */
    private static double[] updated(double[] w, double[] pre, double post) {
        return new double[] {
            w[0] + 1.0 * (pre[0] * (0.5 * post + 0.1) + 0.3 * post + 0.01),
            w[1] + 0.5 * (pre[1] * (-1 * post + 0.2) + 0 * post + -0.02)};
    }

    @Test
    void everyKthStepUpdatesFromThatStepsActivity() {
        HebbianNetwork net = tiny(2, 1);
        double[] a = new double[1];
        net.act(X1, a); // s = 0.2 - 0.2 = 0: no update at step 1
        assertThat(net.weights().layer(0)).containsExactly(0.2, -0.4);
        net.act(X1, a); // step 2: the every-step rule's first update, from post 0
        assertThat(net.weights().layer(0)).containsExactly(new double[] {0.31, -0.36}, within(1e-15));
        net.act(X1, a); // step 3 acts with the updated weights, does not update
        assertThat(a[0]).isCloseTo(Math.tanh(0.13), within(1e-15));
        assertThat(net.weights().layer(0)).containsExactly(new double[] {0.31, -0.36}, within(1e-15));
    }

    @Test
    void updatesFromTheMeanActivityOfTheStepsRecordedSoFar() {
        HebbianNetwork net = tiny(2, 3); // a window of 3 holds only 2 steps at the first update
        double[] a = new double[1];
        net.act(X1, a);
        net.act(X2, a);
        double post2 = Math.tanh(0.2 * -0.3 + -0.4 * 0.8);
        assertThat(a[0]).isCloseTo(post2, within(1e-15));
        double[] pre = {(1 + -0.3) * 0.5, (0.5 + 0.8) * 0.5};
        assertThat(net.weights().layer(0)).containsExactly(
                updated(new double[] {0.2, -0.4}, pre, (0 + post2) * 0.5), within(1e-15));
    }

    @Test
    void aFullWindowForgetsItsOldestStep() {
        HebbianNetwork net = tiny(3, 2);
        double[] a = new double[1];
        net.act(X1, a);
        net.act(X2, a);
        net.act(X3, a); // update from steps 2 and 3 only
        double post2 = Math.tanh(0.2 * -0.3 + -0.4 * 0.8);
        double post3 = Math.tanh(0.2 * 0.6 + -0.4 * -0.9);
        double[] pre = {(-0.3 + 0.6) * 0.5, (0.8 + -0.9) * 0.5};
        assertThat(net.weights().layer(0)).containsExactly(
                updated(new double[] {0.2, -0.4}, pre, (post2 + post3) * 0.5), within(1e-15));
    }

    @Test
    void frozenNetworkKeepsItsWeightsAndResetStartsTheScheduleAgain() {
        HebbianNetwork net = tiny(2, 2);
        double[] a = new double[1];
        net.setPlastic(false);
        net.act(X1, a);
        net.act(X2, a);
        assertThat(net.weights().layer(0)).containsExactly(0.2, -0.4);
        net.reset(HebbianNetworkTest.tinyWeights());
        HebbianNetwork fresh = tiny(2, 2);
        double[] b = new double[1];
        for (double[] x : new double[][] {X3, X1, X2, X3, X2}) {
            net.act(x, a);
            fresh.act(x, b);
            assertThat(a[0]).isEqualTo(b[0]);
        }
        assertThat(net.weights().layer(0)).containsExactly(fresh.weights().layer(0));
    }

    @Test
    void everyStepScheduleGivesTheSameBitsAsThePapersNetwork() {
        NetworkShape shape = new NetworkShape(new int[] {6, 5, 3});
        var coefficients = io.hebbian.controller.plasticity.HebbianCoefficients.fromParameters(
                io.hebbian.controller.plasticity.PlasticityRule.ABCD_eta, shape,
                new SplittableRandom(4).doubles(5L * shape.totalSynapses(), -1, 1).toArray());
        HebbianNetwork paper = new HebbianNetwork(coefficients, WeightInit.paperUniform(), WeightNormalization.NONE);
        HebbianNetwork scheduled = new HebbianNetwork(coefficients, WeightInit.paperUniform(), WeightNormalization.NONE,
                PlasticitySchedule.EVERY_STEP);
        paper.reset(new SplittableRandom(9));
        scheduled.reset(new SplittableRandom(9));
        SplittableRandom inputs = new SplittableRandom(2);
        double[] a = new double[3];
        double[] b = new double[3];
        for (int t = 0; t < 50; t++) {
            double[] x = inputs.doubles(6, -1, 1).toArray();
            paper.act(x, a);
            scheduled.act(x, b);
            assertThat(b).containsExactly(a);
        }
        assertThat(scheduled.weights().layer(1)).containsExactly(paper.weights().layer(1));
    }

    @Test
    void refusesStepsOutsideItsRange() {
        assertThatThrownBy(() -> new PlasticitySchedule(0, 1))
                .hasMessage("plasticity interval must be within [1, 1000] control steps: 0");
        assertThatThrownBy(() -> new PlasticitySchedule(4, 1001))
                .hasMessage("activity window must be within [1, 1000] control steps: 1001");
        assertThat(new PlasticitySchedule(1, 1).isEveryStep()).isTrue();
        assertThat(new PlasticitySchedule(4, 1).isEveryStep()).isFalse();
    }
}
