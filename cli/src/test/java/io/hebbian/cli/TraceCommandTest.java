package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    @TempDir
    Path dir;
    Path model;
    Path weights;

    @BeforeEach
    void copyResources() throws Exception {
        model = dir.resolve("model.json");
        weights = dir.resolve("w.json");
        Files.copy(Path.of(getClass().getResource("/tiny-abcd-eta.json").toURI()), model);
        Files.copy(Path.of(getClass().getResource("/tiny-weights.json").toURI()), weights);
    }

    @Test
    void tracesHandComputedActionsAndDumpsWeights() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, List.of("joint_pos/knee,gyro/z", "1,0.5", "1,0.5", "-0.3,0.8"));
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--initial-weights", weights.toString(), "--dump-weights", dir.resolve("w").toString(),
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        // same hand computation as HebbianNetworkTest: 0, tanh(0.13), then -0.41271559376680380
        assertThat(rows).hasSize(3);
        assertThat(Double.parseDouble(rows.get(0))).isEqualTo(0.0);
        assertThat(Double.parseDouble(rows.get(1))).isEqualTo(Math.tanh(0.31 + -0.36000000000000004 * 0.5));
        assertThat(Double.parseDouble(rows.get(2))).isEqualTo(-0.4127155937668038);
        assertThat(rows.get(1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.17g", Double.parseDouble(rows.get(1))));
        String fin = Files.readString(dir.resolve("w/final.json"));
        assertThat(fin).contains("0.44151072781982614").contains("hebbian-weights");
        assertThat(Files.readString(dir.resolve("w/initial.json"))).contains("0.2").contains("-0.4");
    }

    @Test
    void noPlasticityKeepsInitialWeights() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, List.of("1,0.5", "-0.3,0.8"));
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--initial-weights", weights.toString(), "--no-plasticity", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Double.parseDouble(Files.readAllLines(out).get(1))).isEqualTo(Math.tanh(0.2 * -0.3 + -0.4 * 0.8));
    }

    @Test
    void seededRandomWeightsAreReproducible() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, List.of("1,0.5", "-0.3,0.8", "0.2,0.1"));
        CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(), "--seed", "5",
                "--out", dir.resolve("a.csv").toString());
        CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(), "--seed", "5",
                "--out", dir.resolve("b.csv").toString());
        CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(), "--seed", "6",
                "--out", dir.resolve("c.csv").toString());
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(Files.readString(dir.resolve("b.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("c.csv")));
    }

    @Test
    void badInputsGiveOneLineAndExitTwo() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, List.of("1,0.5,3"));
        CliRun wrongWidth = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--out", dir.resolve("o.csv").toString());
        assertThat(wrongWidth.exitCode()).isEqualTo(2);
        assertThat(wrongWidth.err().strip()).contains("line 1 has 3 values, the network takes 2 inputs")
                .doesNotContain("\n").doesNotContain("Exception");

        CliRun missing = CliRun.of("trace", "--coefficients", dir.resolve("nope.json").toString(), "--inputs",
                in.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("file not found").contains("nope.json");

        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"format\": \"hebbian-coefficients\", \"version\": 1, \"rule\": \"ABCD_eta\", \"layers\": [");
        CliRun bad = CliRun.of("trace", "--coefficients", corrupt.toString(), "--inputs", in.toString(),
                "--out", dir.resolve("o.csv").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("not valid JSON").doesNotContain("at io.hebbian");

        CliRun flag = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--out", "o.csv", "--bogus");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("Unknown option: '--bogus'").contains("trace --help");

        Files.write(in, List.of("a,b", "1,2"));
        CliRun nan = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--out", dir.resolve("o.csv").toString());
        assertThat(nan.exitCode()).isEqualTo(2);
        assertThat(nan.err()).contains("header does not match").contains("joint_pos/knee");
    }

    @Test
    void nonNumericValueIsNamedByLineAndColumn() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, List.of("1,0.5", "1,x"));
        CliRun r = CliRun.of("trace", "--coefficients", model.toString(), "--inputs", in.toString(),
                "--out", dir.resolve("o.csv").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 2, column 2: not a number: 'x'");
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        CliRun r = CliRun.of("trace", "--coefficients", dir.resolve("nope.json").toString(), "--inputs", "x.csv",
                "--out", "o.csv", "--debug");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("NoSuchFileException").contains("\tat ");
    }

    @Test
    void everyCommandHasHelp() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("trace");
        for (String cmd : Main.newCommandLine().getSubcommands().keySet()) {
            CliRun h = CliRun.of(cmd, "--help");
            assertThat(h.exitCode()).as(cmd + " --help").isZero();
            assertThat(h.out()).as(cmd + " --help").contains("Usage:");
        }
    }
}
