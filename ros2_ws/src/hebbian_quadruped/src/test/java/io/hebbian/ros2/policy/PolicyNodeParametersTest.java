package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.params.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyNodeParametersTest {

    private static Parameters base() {
        return Parameters.empty().with("model", "m.json");
    }

    @Test
    void defaultRateIsTheModelsControlPeriod() throws Exception {
        try (PolicyHarness h = new PolicyHarness(base())) {
            assertThat(h.node.periodNanos()).isEqualTo(16_500_000L);
        }
        try (PolicyHarness h = new PolicyHarness(base().with("rate_hz", 50.0))) {
            assertThat(h.node.periodNanos()).isEqualTo(20_000_000L);
            assertThat(h.log).anyMatch(l -> l.contains("differs from the model's control rate"));
        }
    }

    @Test
    void modelWithoutControlPeriodNeedsRate() {
        var model = TestModels.random(TestModels.ANT_JOINTS, "x", Double.NaN, 1);
        assertThatThrownBy(() -> new PolicyHarness(model, base()))
                .isInstanceOf(FormatException.class).hasMessageContaining("rate_hz");
    }

    @Test
    void jointOrderMustNameExactlyTheModelsJoints() {
        var order = List.of("hip_1", "hip_2", "hip_3", "hip_4", "ankle_1", "ankle_2", "ankle_3", "knee_9");
        assertThatThrownBy(() -> new PolicyHarness(base().with("joint_order", order)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("missing [ankle_4]").hasMessageContaining("unknown [knee_9]");
    }

    @Test
    void robotNameMustMatchTheModel() {
        assertThatThrownBy(() -> new PolicyHarness(base().with("robot", "servo-quad")))
                .isInstanceOf(FormatException.class).hasMessageContaining("'test-ant'");
    }

    @Test
    void badParametersNameTheParameterAndTheValue() {
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("rate_hz", "fast")))
                .isInstanceOf(ParameterException.class).hasMessageContaining("rate_hz").hasMessageContaining("fast");
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("rate_hz", -5.0)))
                .hasMessageContaining("rate_hz").hasMessageContaining("-5.0");
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("stale_timeout_s", 0.0)))
                .hasMessageContaining("stale_timeout_s");
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("command_type", "twist")))
                .hasMessageContaining("twist");
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("plasticity", "maybe")))
                .hasMessageContaining("plasticity");
        assertThatThrownBy(() -> PolicyNodeConfig.from(base().with("rate_hx", 5.0)))
                .hasMessageContaining("unknown parameter 'rate_hx'");
        assertThatThrownBy(() -> PolicyNodeConfig.from(Parameters.empty()))
                .hasMessageContaining("'model' is required");
    }

    @Test
    void negativeSeedMeansUnseeded() {
        assertThat(PolicyNodeConfig.from(base()).seed()).isEmpty();
        assertThat(PolicyNodeConfig.from(base().with("seed", 3L)).seed()).hasValue(3);
    }
}
