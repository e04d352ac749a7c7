package io.hebbian.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A step response's samples are validated and copied in. */
class StepResponseTest {

    @Test
    void samplesAreCopiedAndTheStepIsFound() {
        double[] t = {0, 0.01, 0.02, 0.03};
        double[] c = {0, 0, 0.3, 0.3};
        double[] m = {0, 0, 0.01, 0.1};
        StepResponse r = new StepResponse(t, c, m);
        c[2] = 9;
        assertThat(r.commandedRad(2)).isEqualTo(0.3);
        assertThat(r.firstCommandChange()).isEqualTo(2);
        assertThat(r.durationSeconds()).isEqualTo(0.03);
        assertThat(r.size()).isEqualTo(4);
    }

    @Test
    void badSamplesNameTheProblem() {
        assertThatThrownBy(() -> new StepResponse(new double[] {0, 1, 2}, new double[] {0, 0}, new double[] {0, 0, 0}))
                .hasMessage("expected as many commands and measurements as times (3), got 2 commands and 3 measurements");
        assertThatThrownBy(() -> new StepResponse(new double[] {0, 1}, new double[] {0, 0}, new double[] {0, 0}))
                .hasMessageContaining("at least 3 samples");
        assertThatThrownBy(() -> new StepResponse(new double[] {0, 1, 1}, new double[] {0, 0, 0}, new double[] {0, 0, 0}))
                .hasMessageContaining("sample times must increase: sample 2");
        assertThatThrownBy(() -> new StepResponse(new double[] {0, 1, 2}, new double[] {0, Double.NaN, 0},
                new double[] {0, 0, 0})).hasMessageContaining("sample 1 is not finite");
    }
}
