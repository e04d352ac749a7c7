package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActionFilterTest {

    private static final NetworkShape ONE = new NetworkShape(new int[] {1, 1});

    @Test
    void staticNetworkCommandsApproachTheOutputGeometricallyFromMidRange() {
        // w = 1, input atanh(0.8): raw output 0.8 every step
        StaticNetwork net = new StaticNetwork(new NetworkWeights(ONE, new double[][] {{1.0}}), 0.25);
        double[] x = {0.5 * Math.log(1.8 / 0.2)};
        double[] a = new double[1];
        net.reset(null);
        net.act(x, a);
        assertThat(a[0]).isCloseTo(0.2, within(1e-12));        // 0 + 0.25 (0.8 - 0)
        net.act(x, a);
        assertThat(a[0]).isCloseTo(0.35, within(1e-12));       // 0.2 + 0.25 (0.8 - 0.2)
        net.act(x, a);
        assertThat(a[0]).isCloseTo(0.4625, within(1e-12));     // 0.35 + 0.25 (0.8 - 0.35)
        net.reset(null);
        net.act(x, a);
        assertThat(a[0]).as("reset starts from mid-range again").isCloseTo(0.2, within(1e-12));
    }

    @Test
    void theRuleLearnsFromTheUnfilteredOutput() {
        HebbianNetwork raw = new HebbianNetwork(HebbianNetworkTest.tinyCoefficients(), WeightInit.paperUniform(),
                WeightNormalization.NONE, PlasticitySchedule.EVERY_STEP);
        HebbianNetwork smooth = new HebbianNetwork(HebbianNetworkTest.tinyCoefficients(), WeightInit.paperUniform(),
                WeightNormalization.NONE, PlasticitySchedule.EVERY_STEP, 0.1);
        raw.reset(HebbianNetworkTest.tinyWeights());
        smooth.reset(HebbianNetworkTest.tinyWeights());
        SplittableRandom inputs = new SplittableRandom(3);
        double[] a = new double[1];
        double[] b = new double[1];
        double expected = 0;
        for (int t = 0; t < 20; t++) {
            double[] x = inputs.doubles(2, -1, 1).toArray();
            raw.act(x, a);
            smooth.act(x, b);
            expected += 0.1 * (a[0] - expected);
            assertThat(b[0]).isEqualTo(expected);
            assertThat(smooth.weights().layer(0)).containsExactly(raw.weights().layer(0));
        }
        assertThat(smooth.actionFilter()).isEqualTo(0.1);
    }

    @Test
    void recurrentNetworkFiltersItsActionsToo() {
        GruWeights w = GruWeights.unflatten(new NetworkShape(new int[] {2, 3, 2}),
                new SplittableRandom(5).doubles(GruWeights.parameterCount(new NetworkShape(new int[] {2, 3, 2})), -1, 1)
                        .toArray());
        GruNetwork raw = new GruNetwork(w);
        GruNetwork smooth = new GruNetwork(w, 0.5);
        raw.reset(null);
        smooth.reset(null);
        double[] a = new double[2];
        double[] b = new double[2];
        double[] expected = new double[2];
        for (int t = 0; t < 5; t++) {
            double[] x = {Math.sin(t), Math.cos(t)};
            raw.act(x, a);
            smooth.act(x, b);
            for (int k = 0; k < 2; k++) {
                expected[k] += 0.5 * (a[k] - expected[k]);
            }
            assertThat(b).containsExactly(expected);
        }
    }

    @Test
    void refusesCoefficientsOutsideTheUnitInterval() {
        NetworkWeights w = new NetworkWeights(ONE, new double[][] {{1.0}});
        assertThatThrownBy(() -> new StaticNetwork(w, 0))
                .hasMessage("action filter coefficient must be within (0, 1], 1 for none: 0.0");
        assertThatThrownBy(() -> new StaticNetwork(w, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new StaticNetwork(w, 1.5)).hasMessageContaining("1.5");
    }
}
