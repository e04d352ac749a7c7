package io.hebbian.firmware.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.spec.JointLimits;
import org.junit.jupiter.api.Test;

/** The bounds of a step-response recording: step size, both ends inside the joint's limits, timing. */
class StepPlanTest {

    private static final JointLimits KNEE = new JointLimits("lf_knee_joint", -2.6, 0.0);

    @Test
    void theCommandHoldsStepsAndComesBack() {
        StepPlan p = new StepPlan(0.3, 0.2, 1.0, 100);
        assertThat(p.commandRad(-1.0, 0.1)).isEqualTo(-1.0);
        assertThat(p.commandRad(-1.0, 0.2)).isEqualTo(-0.7);
        assertThat(p.commandRad(-1.0, 1.19)).isEqualTo(-0.7);
        assertThat(p.commandRad(-1.0, 1.2)).isEqualTo(-1.0);
        assertThat(p.samples()).isEqualTo(220);
        p.check(KNEE, -1.0);
    }

    @Test
    void aStepOutOfTheLimitsSaysWhichStepsFit() {
        StepPlan p = new StepPlan(0.3, 0.2, 1.0, 100);
        assertThatThrownBy(() -> p.check(KNEE, -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a step of +0.300 rad from lf_knee_joint's -0.100 rad ends at 0.200 rad, outside its limits "
                        + "[-2.600, 0.000] rad: from here the step must be within [-0.500, +0.100] rad");
    }

    @Test
    void aJointOutsideItsLimitsIsNotStepped() {
        StepPlan p = new StepPlan(-0.2, 0.2, 1.0, 100);
        assertThatThrownBy(() -> p.check(KNEE, 0.03)).hasMessageContaining("outside its limits")
                .hasMessageContaining("servo move");
    }

    @Test
    void stepSizeAndTimingAreBounded() {
        assertThatThrownBy(() -> new StepPlan(0.6, 0.2, 1.0, 100)).hasMessageContaining("step must be within 0.01 to 0.5");
        assertThatThrownBy(() -> new StepPlan(0.001, 0.2, 1.0, 100)).hasMessageContaining("got 0.001 rad");
        assertThatThrownBy(() -> new StepPlan(Double.NaN, 0.2, 1.0, 100)).hasMessageContaining("step");
        assertThatThrownBy(() -> new StepPlan(0.3, 0.2, 20, 100)).hasMessageContaining("duration");
        assertThatThrownBy(() -> new StepPlan(0.3, 0.2, 1.0, 5000)).hasMessageContaining("rate");
    }
}
