package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightNormalizationTest {

    @Test
    void maxAbsDividesByLargestMagnitude() {
        double[] w = {2, -4, 1};
        WeightNormalization.MAX_ABS.apply(w);
        assertThat(w).containsExactly(0.5, -1.0, 0.25);
    }

    @Test
    void maxAbsLeavesAllZeroLayerAlone() {
        double[] w = {0, 0};
        WeightNormalization.MAX_ABS.apply(w);
        assertThat(w).containsExactly(0, 0);
    }

    @Test
    void clipClamps() {
        double[] w = {2, -4, 0.5};
        WeightNormalization.CLIP.apply(w);
        assertThat(w).containsExactly(1.0, -1.0, 0.5);
    }

    @Test
    void varianceGivesZeroMeanUnitVariance() {
        // mean 2, variance ((1)^2 + 0 + 1)/3 = 2/3 -> (w - 2)/sqrt(2/3 + 1e-5)
        double[] w = {1, 2, 3};
        WeightNormalization.VARIANCE.apply(w);
        double s = Math.sqrt(2.0 / 3 + 1e-5);
        assertThat(w).containsExactly(new double[] {-1 / s, 0, 1 / s}, within(1e-15));
    }

    @Test
    void parsesIdsAndRejectsUnknown() {
        assertThat(WeightNormalization.fromId("max-abs")).isEqualTo(WeightNormalization.MAX_ABS);
        assertThatThrownBy(() -> WeightNormalization.fromId("l2")).hasMessageContaining("unknown weight normalisation 'l2'");
    }
}
