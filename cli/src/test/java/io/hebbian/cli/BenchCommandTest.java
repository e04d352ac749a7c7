package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void jsonHasTheAgreedKeys() throws Exception {
        CliRun r = CliRun.of("bench", "--robot", "ant", "--threads", "1", "--seconds", "0.4", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String key : new String[] {"controlStepsPerSecondPerThread", "physicsStepsPerSecond",
            "networkMicrosPerStep", "episodesPerSecond"}) {
            assertThat(o.get(key).asDouble()).as(key).isPositive();
        }
        assertThat(o.get("threads").asInt()).isEqualTo(1);
        // ode4j allocates its contact joints and solver work arrays every physics step (~100-300 KB per control step)
        assertThat(o.get("envBytesPerStep").asLong()).isGreaterThan(1_000);
    }

    @Test
    void badFlagsPrintOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"bench", "--threads", "0"}, {"bench", "--seconds", "-1"},
            {"bench", "--robot", "dog"}, {"bench", "--threads", "many"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }
}
