package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.evolution.study.StudySpec;
import io.hebbian.evolution.train.CsvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    @TempDir
    Path dir;

    private Path spec(String generations, String heldOut) throws Exception {
        Path f = dir.resolve("spec.yaml");
        Files.writeString(f, """
                version: 1
                name: tiny
                seeds: [1, 2]
                common: --robot ant --train-morphologies intact,random-damage --held-out %s --generations %s --population 8 --episode-steps 60 --hidden 8 --noise-table-size 100000
                variants:
                  - name: heb
                    flags: --heading
                    static-baseline: true
                evaluation:
                  rollouts: 2
                  episode-steps: 60
                  held-out: [damaged-left-front, shin-scale:right-back=0.25]
                  seen: [damaged-right-front]
                  freeze-steps: [10, 30]
                  freeze-rollouts: 2
                  develop-steps: 20
                """.formatted(heldOut, generations));
        return f;
    }

    @Test
    void trainsEvaluatesTabulatesAndSkipsWhatIsDone() throws Exception {
        Path out = dir.resolve("study");
        CliRun r = CliRun.of("study", "--spec", spec("2", "leg:left-front,leg:right-back").toString(), "--out",
                out.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String run : new String[] {"heb-s1", "heb-s2", "heb-static-s1", "heb-static-s2"}) {
            assertThat(out.resolve("runs").resolve(run).resolve("mean.json")).exists();
            assertThat(out.resolve("eval").resolve(run + ".json")).exists();
        }
        String md = Files.readString(out.resolve("study.md"));
        assertThat(md).contains("| heb | 2 |").contains("| heb-static | 2 |").contains("frozen@10 intact");
        assertThat(Files.readAllLines(out.resolve("study.csv"))).hasSize(5);
        assertThat(out.resolve("curves.png")).exists();
        assertThat(out.resolve("freeze.png")).exists();

        CliRun again = CliRun.of("study", "--spec", spec("2", "leg:left-front,leg:right-back").toString(), "--out",
                out.toString(), "--threads", "1");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("training").doesNotContain("evaluating");
        assertThat(CsvLog.read(out.resolve("runs/heb-s1/log.csv"))).hasSize(2);

        // a model copied into a fresh study (no checkpoint; its log for the training time) is evaluated as it is,
        // with the same result
        Path copied = dir.resolve("copied");
        Files.createDirectories(copied.resolve("runs/heb-s1"));
        Files.copy(out.resolve("runs/heb-s1/mean.json"), copied.resolve("runs/heb-s1/mean.json"));
        Files.copy(out.resolve("runs/heb-s1/log.csv"), copied.resolve("runs/heb-s1/log.csv"));
        CliRun imported = CliRun.of("study", "--spec", spec("2", "leg:left-front,leg:right-back").toString(), "--out",
                copied.toString(), "--threads", "1", "--only", "heb", "--seeds", "1");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("holds a model but no checkpoint").doesNotContain("training");
        assertThat(copied.resolve("runs/heb-s1/checkpoint.json")).doesNotExist();
        assertThat(Files.readString(copied.resolve("eval/heb-s1.json")))
                .isEqualTo(Files.readString(out.resolve("eval/heb-s1.json")));
    }

    @Test
    void legContactsMissingFromAnOlderEvaluationAreMeasuredFromTheSameRollouts() throws Exception {
        Path out = dir.resolve("study");
        String specFile = spec("2", "leg:left-front,leg:right-back").toString();
        String[] args = {"study", "--spec", specFile, "--out", out.toString(), "--threads", "1", "--only", "heb",
            "--seeds", "1"};
        assertThat(CliRun.of(args).exitCode()).isZero();
        Path cached = out.resolve("eval/heb-s1.json");
        String fresh = Files.readString(cached);
        ObjectMapper json = new ObjectMapper();
        JsonNode intact = json.readTree(fresh).path("morphologies").get(0);
        assertThat(intact.path("name").asText()).isEqualTo("intact");
        assertThat(intact.path("legContact").fieldNames()).toIterable()
                .containsExactly("left-front", "right-front", "left-back", "right-back");
        assertThat(Files.readString(out.resolve("study.md"))).doesNotContain("n/a");

        // an evaluation written before leg contacts were recorded: they are measured again, the same numbers
        ObjectNode old = (ObjectNode) json.readTree(fresh);
        for (JsonNode m : old.path("morphologies")) {
            ((ObjectNode) m).remove("legContact");
        }
        Files.writeString(cached, json.writerWithDefaultPrettyPrinter().writeValueAsString(old));
        CliRun backfill = CliRun.of(args);
        assertThat(backfill.exitCode()).as(backfill.err()).isZero();
        assertThat(backfill.err()).contains("heb-s1: measuring the intact gait's leg contacts").doesNotContain("evaluating");
        assertThat(json.readTree(Files.readString(cached)).path("morphologies").get(0).path("legContact"))
                .isEqualTo(intact.path("legContact"));

        // a cached evaluation the model no longer reproduces is stale: refused, named, left as it was
        ((ObjectNode) old.path("morphologies").get(0)).put("meanM", intact.path("meanM").asDouble() + 1);
        Files.writeString(cached, json.writeValueAsString(old));
        CliRun stale = CliRun.of(args);
        assertThat(stale.exitCode()).isEqualTo(2);
        List<String> lines = stale.err().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("study: error: heb-s1: the intact distance is now")
                .contains("delete its evaluation");
        assertThat(json.readTree(Files.readString(cached)).path("morphologies").get(0).has("legContact")).isFalse();
    }

    @Test
    void aRecurrentBaselineTrainsAndIsTabulatedWithoutFreezeDiagnostics() throws Exception {
        Path spec = dir.resolve("recurrent.yaml");
        Files.writeString(spec, Files.readString(spec("2", "leg:left-front,leg:right-back"))
                .replace("    static-baseline: true\n", "    static-baseline: true\n    recurrent-baseline: true\n"));
        Path out = dir.resolve("gru");
        CliRun r = CliRun.of("study", "--spec", spec.toString(), "--out", out.toString(), "--threads", "1",
                "--only", "heb,heb-recurrent", "--seeds", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("runs/heb-recurrent-s1/mean.json"))).contains("\"rule\" : \"gru\"");
        assertThat(out.resolve("runs/heb-static-s1")).doesNotExist();
        assertThat(Files.readString(out.resolve("eval/heb-recurrent-s1.json"))).contains("\"hebbian\" : false");
        String md = Files.readString(out.resolve("study.md"));
        String[] tables = md.split("Adaptation evidence");
        assertThat(tables).hasSize(2);
        assertThat(tables[0]).contains("| heb | 1 |").contains("| heb-recurrent | 1 |");
        assertThat(tables[1]).as("freeze and cross-freeze rows: plastic models only").contains("| heb | 1 |")
                .doesNotContain("heb-recurrent");
    }

    @Test
    void theShippedRecurrentTwinIsARunEvolveAccepts() throws Exception {
        StudySpec shipped = StudySpec.read(Path.of(System.getProperty("project.root", "..")).resolve(
                "studies/adaptation.yaml"));
        StudySpec.Run run = shipped.runs().stream().filter(x -> x.id().equals("hebbian-h32-contacts-recurrent-s1"))
                .findFirst().orElseThrow();
        EvolveCommand cmd = new EvolveCommand();
        List<String> args = new java.util.ArrayList<>(List.of("--out", dir.resolve("x").toString(), "--seed", "1"));
        args.addAll(run.evolveFlags());
        new picocli.CommandLine(cmd).parseArgs(args.toArray(String[]::new));
        TrainingProblem p = TrainingProblem.fromJson(cmd.freshRun().problem());
        assertThat(p.kind()).isEqualTo(PolicyKind.RECURRENT);
        assertThat(p.hidden()).containsExactly(32);
        assertThat(p.dimension(p.shape(p.loadRobot()))).as("3 x 32 x (28 + 32) + 32 x 8").isEqualTo(6016);
    }

    @Test
    void aKilledStudyResumesItsUnfinishedRun() throws Exception {
        Path out = dir.resolve("killed");
        Path spec = spec("6", "leg:left-front,leg:right-back");
        try (CliProcess p = CliProcess.start(Map.of(), "study", "--spec", spec.toString(), "--out", out.toString(),
                "--threads", "1", "--skip-evaluation")) {
            assertThat(p.awaitStderr(Pattern.compile("generation 3:"), Duration.ofSeconds(60))).as(p.transcript()).isTrue();
            p.signal("KILL");
            assertThat(p.awaitExit(Duration.ofSeconds(10))).isPresent();
        }
        int before = CsvLog.read(out.resolve("runs/heb-s1/log.csv")).size();
        assertThat(before).isBetween(3, 5);
        CliRun r = CliRun.of("study", "--spec", spec.toString(), "--out", out.toString(), "--threads", "1",
                "--only", "heb", "--seeds", "1", "--skip-evaluation");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("[1/1] heb-s1: resuming at generation " + before + " of 6");
        assertThat(out.resolve("runs/heb-s2")).doesNotExist();
        // one row per generation: nothing lost, nothing run twice
        assertThat(CsvLog.read(out.resolve("runs/heb-s1/log.csv"))).extracting(row -> (int) row[0])
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aBadSpecIsRefusedWithOneLineBeforeAnyRun() throws Exception {
        Path out = dir.resolve("refused");
        CliRun drawable = CliRun.of("study", "--spec", spec("2", "leg:left-front").toString(), "--out", out.toString());
        assertThat(drawable.exitCode()).isEqualTo(2);
        assertThat(drawable.err().strip().lines()).hasSize(1);
        assertThat(drawable.err()).contains("can train on held-out shin-scale:right-back=0.25");
        assertThat(out).doesNotExist();
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, Files.readString(spec("2", "leg:left-front")).replace("--heading", "--headng"));
        CliRun unknown = CliRun.of("study", "--spec", typo.toString(), "--out", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--headng");
        CliRun only = CliRun.of("study", "--spec", spec("2", "leg:left-front,leg:right-back").toString(), "--out",
                out.toString(), "--only", "nope");
        assertThat(only.exitCode()).isEqualTo(2);
        assertThat(only.err()).contains("nope").contains("heb-static");
        CliRun seed = CliRun.of("study", "--spec", spec("2", "leg:left-front,leg:right-back").toString(), "--out",
                out.toString(), "--seeds", "7");
        assertThat(seed.exitCode()).isEqualTo(2);
        assertThat(seed.err()).contains("--seeds 7").contains("the spec has seeds");
        assertThat(out).doesNotExist();
    }
}
