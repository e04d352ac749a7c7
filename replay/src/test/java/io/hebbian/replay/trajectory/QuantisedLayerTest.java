package io.hebbian.replay.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantisedLayerTest {

    @Test
    void errorIsAtMostHalfALevel() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] w = new double[12 * 7];
        for (int k = 0; k < w.length; k++) {
            w[k] = rng.nextDouble(-300, 40);
        }
        QuantisedLayer q = QuantisedLayer.of(new LayerShape(7, 12), w);
        double[] back = q.weights();
        assertThat(q.minW()).isEqualTo(java.util.Arrays.stream(w).min().orElseThrow());
        for (int k = 0; k < w.length; k++) {
            assertThat(back[k]).isCloseTo(w[k], within(q.maxErrorW() * (1 + 1e-9)));
        }
    }

    @Test
    void constantLayerIsExact() {
        QuantisedLayer q = QuantisedLayer.of(new LayerShape(2, 2), new double[] {0.5, 0.5, 0.5, 0.5});
        assertThat(q.weights()).containsOnly(0.5);
    }

    @Test
    void rejectsWrongLengthsAndNonFiniteWeights() {
        assertThatThrownBy(() -> QuantisedLayer.of(new LayerShape(2, 3), new double[5]))
                .hasMessage("layer 3 x 2 needs 6 weights, got 5");
        assertThatThrownBy(() -> QuantisedLayer.of(new LayerShape(1, 1), new double[] {Double.NaN}))
                .hasMessage("cannot quantise a non-finite weight: NaN");
    }
}
