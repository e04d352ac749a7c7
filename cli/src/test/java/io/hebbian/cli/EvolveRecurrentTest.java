package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evolve --recurrent} end to end on cheap settings: train, resume, evaluate, sim-run, replay; bad flags. */
class EvolveRecurrentTest {

    @TempDir
    Path dir;

    /** {@link EvolveCommandTest#cheap} with {@code --hidden} replaced (picocli would append to the list). */
    private static String[] cheap(String hidden, String... extra) {
        List<String> args = new ArrayList<>(List.of(EvolveCommandTest.cheap(extra)));
        int at = args.indexOf("--hidden");
        if (hidden == null) {
            args.subList(at, at + 2).clear();
        } else {
            args.set(at + 1, hidden);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void trainsResumesAndRunsEverywhereAModelRuns() throws Exception {
        Path straight = dir.resolve("straight");
        Path resumed = dir.resolve("resumed");
        CliRun r = CliRun.of(cheap("8", "--recurrent", "--out", straight.toString(), "--generations", "2",
                "--train-morphologies", "intact"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode mean = new ObjectMapper().readTree(straight.resolve("mean.json").toFile());
        assertThat(mean.path("rule").asText()).isEqualTo("gru");
        assertThat(mean.path("layers").get(0).path("out").asInt()).isEqualTo(8);
        assertThat(mean.path("training").path("problem").path("kind").asText()).isEqualTo("recurrent");
        assertThat(mean.path("training").path("problem").path("hidden").toString()).isEqualTo("[8]");
        PolicyParameters p = ModelFile.read(straight.resolve("mean.json")).parameters();
        assertThat(p).isInstanceOf(PolicyParameters.Recurrent.class);

        assertThat(CliRun.of(cheap("8", "--recurrent", "--out", resumed.toString(), "--generations", "1",
                "--train-morphologies", "intact")).exitCode()).isZero();
        CliRun again = CliRun.of("evolve", "--resume", resumed.toString(), "--recurrent", "--quiet");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--recurrent would be ignored");
        CliRun more = CliRun.of("evolve", "--resume", resumed.toString(), "--generations", "2", "--threads", "1",
                "--quiet");
        assertThat(more.exitCode()).as(more.err()).isZero();
        assertThat(Files.readString(resumed.resolve("mean.json")))
                .as("a resumed recurrent run ends where an uninterrupted one does")
                .isEqualTo(Files.readString(straight.resolve("mean.json")));

        String model = straight.resolve("mean.json").toString();
        CliRun eval = CliRun.of("evaluate", "--model", model, "--rollouts", "2", "--morphologies",
                "intact,damaged-left-front", "--episode-steps", "30");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("rule gru").contains("damaged-left-front");

        CliRun sim = CliRun.of("sim-run", "--model", model, "--seconds", "0.33", "--seed", "1");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(sim.out()).contains("distance walked:").contains("(20 steps, robot ant");

        CliRun replay = CliRun.of("replay", "--model", model, "--steps", "20", "--out",
                dir.resolve("replay.html").toString(), "--trajectory-out", dir.resolve("traj").toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        JsonNode traj = new ObjectMapper().readTree(dir.resolve("traj/intact.trajectory.json").toFile());
        assertThat(traj.toString()).as("the cell (3H x (n + H)) and output matrices").contains("\"out\":24")
                .contains("\"in\":8,\"out\":8");

        int inputs = mean.path("layers").get(0).path("in").asInt();
        Path rows = dir.resolve("inputs.csv");
        Files.writeString(rows, ("0.1," .repeat(inputs - 1) + "0.1\n").repeat(3));
        CliRun trace = CliRun.of("trace", "--coefficients", model, "--inputs", rows.toString(), "--out",
                dir.resolve("actions.csv").toString());
        assertThat(trace.exitCode()).as(trace.err()).isZero();
        List<String> actions = Files.readAllLines(dir.resolve("actions.csv"));
        assertThat(actions).hasSize(3);
        assertThat(actions.get(1)).as("the state carries over between rows").isNotEqualTo(actions.get(0));
        CliRun dump = CliRun.of("trace", "--coefficients", model, "--inputs", rows.toString(), "--out",
                dir.resolve("b.csv").toString(), "--dump-weights", dir.resolve("w").toString());
        assertOneLine(dump, "the weights of the recurrent model", "are fixed");
    }

    private static void assertOneLine(CliRun run, String... parts) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ").contains(parts);
    }

    @Test
    void flagsThatDoNotApplyAreRefusedInOneLine() {
        String out = dir.resolve("bad").toString();
        assertOneLine(CliRun.of(cheap("32,16", "--recurrent", "--out", out)), "--recurrent has one GRU layer",
                "--hidden 32", "(got 32,16)");
        assertOneLine(CliRun.of(cheap(null, "--recurrent", "--preset", "paper", "--out", out)),
                "(got the default 128,64)");
        assertOneLine(CliRun.of(cheap("8", "--recurrent", "--static", "--out", out)),
                "--recurrent and --static exclude each other");
        assertOneLine(CliRun.of(cheap("8", "--recurrent", "--rule", "AD", "--out", out)),
                "so --rule would not apply: drop it");
        assertOneLine(CliRun.of(cheap("8", "--recurrent", "--normalization", "none", "--rule-sharing", "post",
                "--coevolve-initial-weights", "--out", out)),
                "--rule-sharing --normalization --coevolve-initial-weights would not apply: drop them");
        assertThat(dir.resolve("bad")).doesNotExist();
        assertThat(CliRun.of("evolve", "--help").out()).contains("--recurrent").contains("GRU");
    }
}
