package io.hebbian.controller.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class GateOutcomeTest {

    @Test
    void onlyPassedClampedAndRateLimitedAreFreshCommands() {
        EnumSet<GateOutcome> fresh = EnumSet.noneOf(GateOutcome.class);
        for (GateOutcome o : GateOutcome.values()) {
            if (o.isFreshCommand()) {
                fresh.add(o);
            }
        }
        assertThat(fresh).containsExactlyInAnyOrder(GateOutcome.PASSED, GateOutcome.CLAMPED, GateOutcome.RATE_LIMITED);
    }
}
