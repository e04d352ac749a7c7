package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.RobotDeployment;
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
    void theGateWarnsWhenItIsTighterThanTheLimitTheModelWasTrainedWith() throws Exception {
        // TestModels' models were trained without a limit: the default 0.1 rad gate will slow them
        try (PolicyHarness h = new PolicyHarness(base())) {
            assertThat(h.log).anyMatch(l -> l.startsWith("policy node: warning: max_step_rad 0.1 rad per step is "
                    + "tighter than the model was trained with (no limit)"));
        }
        try (PolicyHarness h = new PolicyHarness(base().with("max_step_rad", 0.0))) {
            assertThat(h.log).noneMatch(l -> l.contains("max_step_rad"));
        }
        var plain = TestModels.random(TestModels.ANT_JOINTS, "x", 0.0165, 1);
        var physics = plain.physics().deepCopy().put("maxTargetStepRad", 0.1);
        var model = new io.hebbian.controller.io.PolicyModel(plain.parameters(), plain.network(), plain.observation(),
                plain.action(), plain.robot(), physics, plain.training());
        assertThat(RobotDeployment.gateNote(model, 0.1)).as("trained with the node's limit").isEmpty();
        // looser lets through jumps training clamped, tighter slows what training allowed: both change the gait
        for (double gate : new double[] {0.2, 0.05, 0}) {
            assertThat(RobotDeployment.gateNote(model, gate)).get().asString().contains("warning: max_step_rad")
                    .contains("differs from the 0.1 rad per step the model was trained with")
                    .contains("set max_step_rad:=0.1");
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
