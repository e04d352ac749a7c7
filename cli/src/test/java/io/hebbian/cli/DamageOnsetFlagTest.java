package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.evolution.train.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evolve --damage-onset} and damages with an onset in {@code evaluate} and {@code study}. */
class DamageOnsetFlagTest {

    @TempDir
    Path dir;

    private String[] run(Path out, String... extra) {
        String[] base = EvolveCommandTest.cheap("--out", out.toString(), "--generations", "1", "--population", "4",
                "--train-morphologies", "intact,random-damage");
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void badWindowsAreOneLineErrorsAndCreateNothing() {
        Map<String, String> bad = Map.of(
                "400,100", "--damage-onset 400,100: MIN 400 is after MAX 100",
                "-5,10", "--damage-onset -5,10: onset steps must be >= 0",
                "10,60", "--damage-onset 10,60: onset step 60 is beyond the 60-step episode (steps 0 to 59)",
                "soon", "--damage-onset soon: expected MIN,MAX");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            CliRun r = CliRun.of(run(dir.resolve("bad"), "--damage-onset", b.getKey()));
            assertThat(r.exitCode()).as(b.getKey()).isEqualTo(2);
            assertThat(r.err().strip()).as(b.getKey()).doesNotContain("\n").contains(b.getValue());
        }
        CliRun noCurriculum = CliRun.of(EvolveCommandTest.cheap("--out", dir.resolve("bad").toString(),
                "--train-morphologies", "intact", "--damage-onset", "10,20"));
        assertThat(noCurriculum.exitCode()).isEqualTo(2);
        assertThat(noCurriculum.err()).contains("applies to random-damage episodes");
        assertThat(dir.resolve("bad")).doesNotExist();
        assertThat(CliRun.of("evolve", "--help").out()).contains("--damage-onset=MIN,MAX").contains("whole episode");
    }

    @Test
    void theWindowIsSavedResumeRefusesTheFlagAndEvaluateReportsTheDistanceAfterOnset() throws Exception {
        Path out = dir.resolve("onset");
        CliRun r = CliRun.of(run(out, "--damage-onset", "10,40"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode problem = Checkpoint.read(out.resolve(Checkpoint.FILE)).problem();
        assertThat(problem.path("damageOnset").path("minStep").asInt()).isEqualTo(10);
        assertThat(problem.path("damageOnset").path("maxStep").asInt()).isEqualTo(40);

        CliRun resume = CliRun.of("evolve", "--resume", out.toString(), "--damage-onset", "10,20", "--quiet");
        assertThat(resume.exitCode()).isEqualTo(2);
        assertThat(resume.err()).contains("--damage-onset would be ignored");

        CliRun eval = CliRun.of("evaluate", "--model", out.resolve("mean.json").toString(), "--rollouts", "2",
                "--episode-steps", "60", "--morphologies", "intact,lock:left-front-knee@20", "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode after = new ObjectMapper().readTree(eval.out()).path("results").get(1).path("afterOnset");
        assertThat(after.path("onsetStep").asInt()).isEqualTo(20);
        assertThat(after.has("intactSameStepsM")).isTrue();
        CliRun text = CliRun.of("evaluate", "--model", out.resolve("mean.json").toString(), "--rollouts", "1",
                "--episode-steps", "60", "--morphologies", "lock:left-front-knee@20");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("lock:left-front-knee@20: after the onset at step 20");
        CliRun body = CliRun.of("evaluate", "--model", out.resolve("mean.json").toString(), "--rollouts", "1",
                "--morphologies", "damaged-left-front@20");
        assertThat(body.exitCode()).isEqualTo(2);
        assertThat(body.err().strip()).doesNotContain("\n").contains("changes the body");
    }

    @Test
    void aStudyRefusesAHeldOutOnsetDamageTheCurriculumCanDraw() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                version: 1
                name: tiny
                seeds: [1]
                common: --robot ant --train-morphologies intact,random-damage --held-out leg:left-front --generations 1 --population 4 --episode-steps 60 --hidden 8 --damage-onset 10,40
                variants:
                  - name: heb
                evaluation:
                  rollouts: 1
                  episode-steps: 60
                  held-out: [damaged-left-front, lock:left-back-knee@20]
                  freeze-steps: [10]
                  develop-steps: 20
                """);
        CliRun r = CliRun.of("study", "--spec", spec.toString(), "--out", dir.resolve("study").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("can train on held-out lock:left-back-knee@20");
        assertThat(dir.resolve("study")).doesNotExist();
    }
}
