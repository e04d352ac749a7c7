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
    void physicsDefaultsAreThoseOfNewRunsWithTheChosenStepper() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode exact = m.readTree(CliRun.of("bench", "--seconds", "0.2", "--json").out());
        assertThat(exact.get("stepper").asText()).isEqualTo("exact");
        assertThat(exact.get("substeps").asInt()).isEqualTo(io.hebbian.sim.env.SimSettings.RECOMMENDED_EXACT_SUBSTEPS);
        JsonNode quick = m.readTree(CliRun.of("bench", "--seconds", "0.2", "--stepper", "quick", "--json").out());
        assertThat(quick.get("stepper").asText()).isEqualTo("quick");
        assertThat(quick.get("substeps").asInt()).isEqualTo(4);
        JsonNode three = m.readTree(CliRun.of("bench", "--seconds", "0.2", "--stepper", "quick", "--substeps", "3",
                "--json").out());
        assertThat(three.get("substeps").asInt()).isEqualTo(3);
    }

    @Test
    void badFlagsPrintOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"bench", "--threads", "0"}, {"bench", "--seconds", "-1"},
            {"bench", "--robot", "dog"}, {"bench", "--threads", "many"}, {"bench", "--stepper", "lcp"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }
}
