package io.hebbian.controller.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.JointLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyGateTest {

    static final List<JointLimits> JOINTS = List.of(new JointLimits("a", -1, 1), new JointLimits("b", 0, 2));

    @Test
    void passesInLimitCommandsUnchanged() {
        SafetyGate g = new SafetyGate(JOINTS);
        double[] out = new double[2];
        assertThat(g.apply(new double[] {0.5, 1.5}, out)).isEqualTo(GateOutcome.PASSED);
        assertThat(out).containsExactly(0.5, 1.5);
    }

    @Test
    void clampsToJointLimits() {
        SafetyGate g = new SafetyGate(JOINTS);
        double[] out = new double[2];
        assertThat(g.apply(new double[] {-3, 2.5}, out)).isEqualTo(GateOutcome.CLAMPED);
        assertThat(out).containsExactly(-1, 2);
        assertThat(g.clampedCount()).isEqualTo(1);
    }

    @Test
    void nonFiniteCommandHoldsTheLastSafeOne() {
        SafetyGate g = new SafetyGate(JOINTS);
        double[] out = new double[2];
        g.apply(new double[] {0.2, 0.4}, out);
        assertThat(g.apply(new double[] {Double.NaN, 1}, out)).isEqualTo(GateOutcome.HELD_NON_FINITE);
        assertThat(out).containsExactly(0.2, 0.4);
        assertThat(g.apply(new double[] {0, Double.POSITIVE_INFINITY}, out)).isEqualTo(GateOutcome.HELD_NON_FINITE);
        assertThat(out).containsExactly(0.2, 0.4);
        assertThat(g.heldCount()).isEqualTo(2);
    }

    @Test
    void nonFiniteBeforeAnySafeCommandIsRejected() {
        SafetyGate g = new SafetyGate(JOINTS);
        assertThat(g.apply(new double[] {Double.NaN, 1}, new double[2])).isEqualTo(GateOutcome.REJECTED);
    }

    @Test
    void rateLimitMovesAtMostMaxStepPerCall() {
        SafetyGate g = new SafetyGate(JOINTS, 0.1);
        g.reset(new double[] {0, 1});
        double[] out = new double[2];
        assertThat(g.apply(new double[] {1, 0}, out)).isEqualTo(GateOutcome.RATE_LIMITED);
        assertThat(out).containsExactly(new double[] {0.1, 0.9}, within(1e-15));
        g.apply(new double[] {1, 0}, out);
        assertThat(out).containsExactly(new double[] {0.2, 0.8}, within(1e-15));
        assertThat(g.apply(new double[] {0.25, 0.85}, out)).isEqualTo(GateOutcome.PASSED);
    }

    @Test
    void resetClampsMeasuredPositionsAndReplacesNonFiniteWithMid() {
        SafetyGate g = new SafetyGate(JOINTS, 0.5);
        g.reset(new double[] {5, Double.NaN});
        double[] last = new double[2];
        assertThat(g.lastSafe(last)).isTrue();
        assertThat(last).containsExactly(1, 1);
    }

    @Test
    void rejectsWrongLengthsAndBadSettings() {
        SafetyGate g = new SafetyGate(JOINTS);
        assertThatThrownBy(() -> g.apply(new double[3], new double[2])).hasMessage("expected 2 joint targets, got 3");
        assertThatThrownBy(() -> new SafetyGate(JOINTS, 0)).hasMessageContaining("max step must be positive");
    }

    @Test
    void watchdogExpiresAfterTimeoutAndWhenNeverFed() {
        Watchdog w = new Watchdog(100_000_000L);
        assertThat(w.expired(0)).isTrue();
        w.feed(1_000_000_000L);
        assertThat(w.expired(1_100_000_000L)).isFalse();
        assertThat(w.expired(1_100_000_001L)).isTrue();
        assertThat(w.ageNanos(1_050_000_000L)).isEqualTo(50_000_000L);
        w.clear();
        assertThat(w.expired(1_000_000_000L)).isTrue();
        assertThatThrownBy(() -> new Watchdog(0)).hasMessageContaining("must be positive");
    }
}
