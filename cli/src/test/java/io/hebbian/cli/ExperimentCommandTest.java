package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each experiment runs on a tiny evolved model and writes its CSV and PNG. */
class ExperimentCommandTest {

    @TempDir
    static Path dir;
    static Path model;

    @BeforeAll
    static void evolveATinyModel() {
        Path run = dir.resolve("run");
        CliRun r = CliRun.of(EvolveCommandTest.cheap("--out", run.toString(), "--generations", "1"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        model = run.resolve("mean.json");
    }

    static CliRun experiment(String name, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("experiment", name, "--model",
                model.toString(), "--out", dir.resolve("out").toString(), "--rollouts", "2", "--episode-steps", "160",
                "--threads", "2"));
        args.addAll(java.util.List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void freezeWeightsWritesOneRowPerStepPlusNever() throws Exception {
        CliRun r = experiment("freeze-weights", "--freeze-steps", "0,20,40");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/freeze-weights.csv"))).hasSize(5);
        assertThat(dir.resolve("out/freeze-weights.png")).exists();
    }

    @Test
    void perturbationsWriteAPerStepTrace() throws Exception {
        CliRun sat = experiment("saturate-actuators", "--start", "100", "--end", "120");
        assertThat(sat.exitCode()).as(sat.err()).isZero();
        assertThat(sat.out()).contains("saturate-actuators: baseline");
        assertThat(Files.readAllLines(dir.resolve("out/saturate-actuators.csv"))).hasSize(161);
        CliRun zero = experiment("zero-weights", "--start", "120");
        assertThat(zero.exitCode()).as(zero.err()).isZero();
        assertThat(dir.resolve("out/zero-weights.png")).exists();
        CliRun bad = experiment("saturate-actuators", "--start", "50", "--end", "60");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("100 <= start");
    }

    @Test
    void pcaAndImages() throws Exception {
        CliRun pca = experiment("weight-pca", "--morphology", "intact,damaged-left-front", "--stride", "10");
        assertThat(pca.exitCode()).as(pca.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out/weight-pca.csv"))).hasSize(1 + 2 * 16);
        CliRun img = experiment("weight-images", "--steps", "0,50");
        assertThat(img.exitCode()).as(img.err()).isZero();
        assertThat(dir.resolve("out/weights-l2-t50.png")).exists();
        CliRun norms = experiment("weight-norms", "--morphology", "intact,damaged-left-front");
        assertThat(norms.exitCode()).as(norms.err()).isZero();
        java.util.List<String> rows = Files.readAllLines(dir.resolve("out/weight-norms.csv"));
        assertThat(rows).hasSize(1 + 2 * 160);
        double last = Double.parseDouble(rows.get(160).split(",")[2]);
        assertThat(last).as("plastic weights move away from their start").isNotEqualTo(1.0).isPositive();
        assertThat(norms.out()).contains("weight-norms: after 160 steps, mean over 2 rollouts:").contains("intact x");
        assertThat(dir.resolve("out/weight-norms.png")).exists();
        CliRun unknown = experiment("dance");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown experiment 'dance'");
    }
}
