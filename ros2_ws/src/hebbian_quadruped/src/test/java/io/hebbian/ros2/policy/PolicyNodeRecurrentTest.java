package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.params.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy node running a GRU model ({@code evolve --recurrent}): it commands; each activation starts from h = 0. */
class PolicyNodeRecurrentTest {

    private static PolicyHarness harness(double staleResetSeconds) throws Exception {
        Parameters p = Parameters.empty().with("seed", 5L).with("diagnostics_every_steps", 5L)
                .with("stale_timeout_s", 0.05).with("stale_reset_s", staleResetSeconds);
        return new PolicyHarness(TestModels.recurrent(TestModels.ANT_JOINTS, "test-ant", 0.0165, 3), p);
    }

    /** Ticks every 16 ms for {@code ticks} ticks without sending inputs. */
    private static void silence(PolicyHarness h, int ticks) {
        for (int k = 0; k < ticks; k++) {
            h.node.tick();
            h.advanceMs(16);
        }
    }

    @Test
    void aGruModelCommandsAndReportsItsFixedNormsWithoutPlasticity() throws Exception {
        try (PolicyHarness h = harness(1.0)) {
            assertThat(h.run(10)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.commands).hasSize(10);
            assertThat(h.commands.get(9)).isNotEqualTo(h.commands.get(8));
            Diagnostics first = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(first.values()).containsKeys("weight_norm_layer_0", "weight_norm_layer_1")
                    .doesNotContainKey("weight_norm_layer_2");
            assertThat(first.values().get("plastic")).isEqualTo("false");
            h.run(10);
            Diagnostics later = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(later.values().get("weight_norm_layer_0")).isEqualTo(first.values().get("weight_norm_layer_0"));
        }
    }

    @Test
    void everyActivationStartsFromAZeroStateAndAResumeKeepsIt() throws Exception {
        try (PolicyHarness h = harness(0.5)) {
            h.run(10);
            List<double[]> first = new ArrayList<>(h.commands);
            silence(h, 40); // a 592 ms hold >= stale_reset_s: the next run is a new activation
            int before = h.commands.size();
            h.run(10);
            assertThat(h.node.activations()).isEqualTo(2);
            for (int k = 0; k < 10; k++) {
                assertThat(h.commands.get(before + k)).as("command %d of activation 2", k)
                        .containsExactly(first.get(k));
            }
        }
        try (PolicyHarness h = harness(1.0)) {
            h.run(10);
            List<double[]> first = new ArrayList<>(h.commands);
            silence(h, 40); // shorter than stale_reset_s: resumed, the state carried over
            int before = h.commands.size();
            h.run(10);
            assertThat(h.node.resumes()).isEqualTo(1);
            assertThat(h.commands.get(before)).isNotEqualTo(first.get(0));
        }
    }
}
