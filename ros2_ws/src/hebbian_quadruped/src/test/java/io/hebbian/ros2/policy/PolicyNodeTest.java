package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.params.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyNodeTest {

    private static Parameters params() {
        return Parameters.empty().with("seed", 5L).with("diagnostics_every_steps", 5L);
    }

    @Test
    void noCommandUntilBothInputsAreFresh() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            h.sendJoints(h.modelJoints(), 0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).isEmpty();
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.RUNNING);
            assertThat(h.commands).hasSize(1);
        }
    }

    @Test
    void missingJointIsReportedAndNeverCommanded() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            List<String> some = new ArrayList<>(h.modelJoints());
            some.remove("ankle_3");
            h.sendJoints(some, 0);
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).isEmpty();
            assertThat(h.diagnostics).last().extracting(Diagnostics::message).asString().contains("ankle_3");
        }
    }

    @Test
    void jointsMatchByNameInAnyOrderAndExtraJointsAreIgnored() throws Exception {
        List<double[]> canonical;
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(20);
            canonical = new ArrayList<>(h.commands);
        }
        try (PolicyHarness h = new PolicyHarness(params())) {
            for (int k = 0; k < 20; k++) {
                List<String> order = new ArrayList<>(h.modelJoints());
                Collections.reverse(order);
                order.add(2, "gripper_joint");
                double[] pos = new double[order.size()];
                double[] vel = new double[order.size()];
                for (int i = 0; i < order.size(); i++) {
                    String name = order.get(i);
                    JointLimits lim = TestModels.ANT_JOINTS.stream().filter(j -> j.name().equals(name)).findFirst()
                            .orElse(null);
                    pos[i] = lim == null ? Double.NaN : lim.midRad() + 0.01 * k; // NaN on the ignored joint
                    vel[i] = 0.1;
                }
                h.sendJoints(JointStateMessage.of(h.clock.get(), order, pos, vel));
                h.sendImu(0.01 * k);
                assertThat(h.node.tick()).isEqualTo(PolicyStatus.RUNNING);
                h.advanceMs(16);
            }
            assertThat(h.commands).hasSize(20);
            for (int k = 0; k < 20; k++) {
                assertThat(h.commands.get(k)).containsExactly(canonical.get(k));
            }
        }
    }

    @Test
    void jointsSplitOverSeveralMessagesAreMerged() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.sendJoints(h.modelJoints().subList(0, 4), 0);
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            h.sendJoints(h.modelJoints().subList(4, 8), 0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.RUNNING);
        }
    }

    @Test
    void staleInputStopsCommandingAndFreshInputResumesWithNewWeights() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("stale_timeout_s", 0.05).with("stale_reset_s", 0.0))) {
            h.run(10);
            assertThat(h.commands).hasSize(10);
            h.sendJoints(h.modelJoints(), 0);
            h.advanceMs(60); // IMU now 76 ms old, joints 60 ms
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).hasSize(10);
            assertThat(h.diagnostics).anySatisfy(d -> {
                assertThat(d.level()).isEqualTo(Diagnostics.Level.WARN);
                assertThat(d.message()).contains("/imu/data stale");
            });
            assertThat(h.run(3)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.commands).hasSize(13);
            assertThat(h.node.activations()).isEqualTo(2);
            assertThat(h.node.steps()).isEqualTo(3);
        }
    }

    @Test
    void nonFiniteInputStopsCommanding() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(3);
            List<String> names = h.modelJoints();
            double[] pos = new double[names.size()];
            pos[5] = Double.NaN;
            h.sendJoints(JointStateMessage.of(h.clock.get(), names, pos, new double[names.size()]));
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_NON_FINITE);
            h.sendJoints(h.modelJoints(), 0);
            h.sendImu(Double.POSITIVE_INFINITY);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_NON_FINITE);
            assertThat(h.commands).hasSize(3);
            assertThat(h.log).anyMatch(l -> l.contains("non-finite"));
        }
    }

    /** Ticks every 16 ms for {@code ticks} ticks without sending inputs. */
    private static void silence(PolicyHarness h, int ticks) {
        for (int k = 0; k < ticks; k++) {
            h.node.tick();
            h.advanceMs(16);
        }
    }

    @Test
    void aStaleGapShorterThanStaleResetKeepsTheLearnedWeights() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("stale_timeout_s", 0.05))) {
            h.run(10);
            // last input at t; ticks at t+16 .. t+640: stale from t+64 (age 64 > 50 ms); run resumes at t+656,
            // 592 ms after the hold began < stale_reset_s 1.0 s
            silence(h, 40);
            assertThat(h.node.status()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.run(3)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.node.activations()).isEqualTo(1);
            assertThat(h.node.resumes()).isEqualTo(1);
            assertThat(h.node.steps()).isEqualTo(10 + 3 + 3); // 3 silent ticks before the hold still stepped
            assertThat(h.log).anyMatch(l -> l.contains("resumed after a 0.592 s hold, weights kept"));
        }
    }

    @Test
    void aStaleGapOfAtLeastStaleResetReactivatesWithFreshWeights() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("stale_timeout_s", 0.05).with("stale_reset_s", 0.5))) {
            h.run(10);
            silence(h, 40); // 592 ms hold >= 0.5 s
            assertThat(h.run(3)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.node.activations()).isEqualTo(2);
            assertThat(h.node.resumes()).isZero();
            assertThat(h.node.steps()).isEqualTo(3);
        }
    }

    @Test
    void nonFiniteNetworkOutputPublishesNothingReportsErrorAndReactivates() throws Exception {
        // plasticity overflows: step 1 of each activation is finite, step 2 is NaN
        try (PolicyHarness h = new PolicyHarness(TestModels.diverging(TestModels.ANT_JOINTS, "test-ant", 0.0165, 7),
                params())) {
            assertThat(h.run(4)).containsExactly(PolicyStatus.RUNNING, PolicyStatus.NON_FINITE_OUTPUT,
                    PolicyStatus.RUNNING, PolicyStatus.NON_FINITE_OUTPUT);
            assertThat(h.commands).hasSize(2);
            assertThat(h.node.activations()).isEqualTo(2);
            assertThat(h.commands).allMatch(c -> java.util.Arrays.stream(c).allMatch(Double::isFinite));
            Diagnostics d = h.diagnostics.stream().filter(x -> x.level() == Diagnostics.Level.ERROR).findFirst()
                    .orElseThrow();
            assertThat(d.message()).isEqualTo("network output not finite at step 2 of activation 1: nothing commanded;"
                    + " the next step re-activates with fresh weights");
            assertThat(d.values()).containsEntry("status", "non_finite_output").containsEntry("non_finite_outputs", "1");
        }
    }

    @Test
    void rateLimitIsOnByDefault() throws Exception {
        assertThat(PolicyNodeConfig.defaults(java.nio.file.Path.of("m.json")).maxStepRad()).isEqualTo(0.1);
        try (PolicyHarness h = new PolicyHarness(Parameters.empty().with("seed", 5L))) {
            h.run(30);
            for (int s = 1; s < h.commands.size(); s++) {
                for (int k = 0; k < 8; k++) {
                    assertThat(Math.abs(h.commands.get(s)[k] - h.commands.get(s - 1)[k])).isLessThanOrEqualTo(0.1 + 1e-12);
                }
            }
        }
    }

    @Test
    void diagnosticsAreStampedWithRosTime() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(5);
            // tick 1 enters RUNNING (ros time t0), tick 5 is the periodic one (t0 + 4 x 16 ms)
            assertThat(h.diagnostics.get(0).stampNanos()).isEqualTo(1_700_000_000_000_000_000L);
            assertThat(h.diagnostics.get(h.diagnostics.size() - 1).stampNanos()).isEqualTo(1_700_000_000_064_000_000L);
        }
    }

    @Test
    void jointStateWithoutVelocityIsNonFinite() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            List<String> names = h.modelJoints();
            h.sendJoints(JointStateMessage.of(h.clock.get(), names, new double[names.size()], new double[0]));
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_NON_FINITE);
        }
    }

    @Test
    void commandsAreInLimitsAndInTheConfiguredJointOrder() throws Exception {
        List<String> order = new ArrayList<>(TestModels.ANT_JOINTS.stream().map(JointLimits::name).toList());
        Collections.shuffle(order, new java.util.Random(3));
        try (PolicyHarness h = new PolicyHarness(params().with("joint_order", order).with("command_type",
                "joint_trajectory"))) {
            h.run(50);
            assertThat(h.trajectories).hasSize(50);
            for (var c : h.trajectories) {
                assertThat(c.jointNames()).isEqualTo(order);
                assertThat(c.timeFromStartNanos()).isEqualTo(16_500_000L);
                for (int k = 0; k < order.size(); k++) {
                    String name = order.get(k);
                    JointLimits lim = TestModels.ANT_JOINTS.stream().filter(j -> j.name().equals(name))
                            .findFirst().orElseThrow();
                    assertThat(c.positionsRad()[k]).isBetween(lim.lowerRad(), lim.upperRad());
                }
            }
        }
    }

    @Test
    void rateLimitFromParametersIsApplied() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("max_step_rad", 0.01))) {
            h.run(30);
            for (int s = 1; s < h.commands.size(); s++) {
                for (int k = 0; k < 8; k++) {
                    assertThat(Math.abs(h.commands.get(s)[k] - h.commands.get(s - 1)[k])).isLessThanOrEqualTo(0.01 + 1e-12);
                }
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalCommands() throws Exception {
        List<double[]> a;
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(30);
            a = new ArrayList<>(h.commands);
        }
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(30);
            for (int k = 0; k < a.size(); k++) {
                assertThat(h.commands.get(k)).containsExactly(a.get(k));
            }
        }
        try (PolicyHarness h = new PolicyHarness(params().with("seed", 6L))) {
            h.run(30);
            assertThat(h.commands.get(29)).isNotEqualTo(a.get(29));
        }
    }

    @Test
    void freezeAfterStepsStopsWeightUpdates() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("freeze_after_steps", 10L))) {
            h.run(10);
            assertThat(h.node.plastic()).isFalse();
            String norm = lastNorm(h);
            h.run(10);
            assertThat(lastNorm(h)).isEqualTo(norm);
        }
        try (PolicyHarness h = new PolicyHarness(params().with("plasticity", false))) {
            h.run(5);
            String norm = lastNorm(h);
            h.run(10);
            assertThat(lastNorm(h)).isEqualTo(norm);
        }
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(5);
            String norm = lastNorm(h);
            h.run(10);
            assertThat(lastNorm(h)).isNotEqualTo(norm);
        }
    }

    private static String lastNorm(PolicyHarness h) {
        return h.diagnostics.get(h.diagnostics.size() - 1).values().get("weight_norm_layer_0");
    }

    @Test
    void diagnosticsCarryLatencyAgesAndNormsPerLayer() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(10);
            Diagnostics d = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(d.level()).isEqualTo(Diagnostics.Level.OK);
            assertThat(d.values()).containsKeys("step_latency_s", "joint_state_age_s", "imu_age_s",
                    "weight_norm_layer_0", "weight_norm_layer_1", "activations", "gate");
            assertThat(d.values().get("status")).isEqualTo("running");
        }
    }

    @Test
    void triggerOnJointStatesStepsOncePerMessage() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params().with("trigger", "joint_states"))) {
            h.sendImu(0);
            for (int k = 0; k < 5; k++) {
                h.sendJoints(h.modelJoints(), 0.001 * k);
            }
            assertThat(h.commands).hasSize(5);
        }
    }
}
