package io.hebbian.evolution.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTraceTest {

    @Test
    void recoveryCountsStepsUntilTheMovingAverageIsBack() {
        // baseline 1.0 per step; after step 10 progress is 0 for 5 steps, then 1 again
        double[] p = new double[40];
        java.util.Arrays.fill(p, 1.0);
        for (int k = 10; k < 15; k++) {
            p[k] = 0;
        }
        // 4-step window starting at s covers [s, s+4); 90% of 1.0 needs at most 0.4 of zeros in 4 steps: none
        assertThat(ProgressTrace.recoverySteps(p, 10, 1.0, 0.9, 4)).isEqualTo(5);
        assertThat(ProgressTrace.recoverySteps(p, 10, 1.0, 0.5, 4)).isEqualTo(3);
        assertThat(ProgressTrace.recoverySteps(p, 10, 2.0, 0.9, 4)).isEqualTo(-1);
        assertThat(ProgressTrace.recoverySteps(p, 10, -1.0, 0.9, 4)).as("no forward baseline").isEqualTo(-1);
        assertThat(ProgressTrace.meanOver(p, 8, 12)).isEqualTo(0.5);
    }
}
