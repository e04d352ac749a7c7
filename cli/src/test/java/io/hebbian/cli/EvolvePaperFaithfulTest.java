package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evolve --robot ant-pybullet --control torque --observation paper} end to end, on cheap settings. */
class EvolvePaperFaithfulTest {

    @TempDir
    Path dir;

    private static String[] paper(String... extra) {
        String[] base = {"--robot", "ant-pybullet", "--control", "torque", "--observation", "paper", "--heading",
            "--train-morphologies", "intact,damaged-right-front", "--population", "4"};
        return EvolveCommandTest.cheap(concat(base, extra));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void trainsRecordsResumesEvaluatesAndSimRunsAPaperFaithfulModel() throws Exception {
        Path run = dir.resolve("run");
        CliRun r = CliRun.of(paper("--out", run.toString(), "--generations", "1"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode mean = new ObjectMapper().readTree(run.resolve("mean.json").toFile());
        assertThat(mean.path("robot").asText()).isEqualTo("ant-pybullet");
        assertThat(mean.path("physics").path("control").asText()).isEqualTo("torque");
        assertThat(mean.path("physics").path("engine").asText()).as("the default, exact stepper")
                .isEqualTo(io.hebbian.sim.physics.Stepper.EXACT.engine());
        assertThat(mean.path("observation").path("privileged").asBoolean()).isTrue();
        assertThat(mean.path("observation").path("channels")).hasSize(28);
        JsonNode problem = mean.path("training").path("problem");
        assertThat(problem.path("observation").asText()).isEqualTo("paper");
        assertThat(problem.path("withHeading").asBoolean()).as("--heading is part of the paper input").isFalse();

        CliRun changed = CliRun.of("evolve", "--resume", run.toString(), "--control", "position", "--quiet");
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.err()).contains("--control would be ignored");
        CliRun resumed = CliRun.of("evolve", "--resume", run.toString(), "--generations", "2", "--threads", "1",
                "--quiet");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode after = new ObjectMapper().readTree(run.resolve("mean.json").toFile());
        assertThat(after.path("training").path("generation").asInt()).isEqualTo(2);
        assertThat(after.path("physics").path("control").asText()).isEqualTo("torque");
        assertThat(after.path("training").path("problem").path("observation").asText()).isEqualTo("paper");

        CliRun eval = CliRun.of("evaluate", "--model", run.resolve("mean.json").toString(), "--rollouts", "2",
                "--episode-steps", "60", "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(new ObjectMapper().readTree(eval.out()).path("results")).hasSize(3);

        CliRun sim = CliRun.of("sim-run", "--model", run.resolve("mean.json").toString(), "--seconds", "0.33",
                "--seed", "1");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(sim.out()).contains("distance walked:").contains("(20 steps, robot ant-pybullet");
        assertThat(sim.err()).contains("is simulation-only").contains("without the policy and sim-bridge nodes");
    }

    @Test
    void torqueControlRefusesServoModelsInOneLine() {
        CliRun servo = CliRun.of(paper("--out", dir.resolve("a").toString(), "--servo", "hobby-pwm"));
        assertThat(servo.exitCode()).isEqualTo(2);
        assertThat(servo.err().strip()).doesNotContain("\n").contains("--control torque applies the action as a joint "
                + "torque without one");
        CliRun bad = CliRun.of(EvolveCommandTest.cheap("--out", dir.resolve("c").toString(), "--observation", "pybullet"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--observation: unknown observation 'pybullet'; expected robot or paper");
        CliRun help = CliRun.of("evolve", "--help");
        assertThat(help.out()).contains("--control=position|torque").contains("--observation=robot|paper")
                .contains("ant-pybullet").contains("privileged");
    }
}
