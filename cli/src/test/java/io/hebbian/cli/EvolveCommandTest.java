package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.evolution.train.Checkpoint;
import io.hebbian.evolution.train.CsvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code evolve} and {@code evaluate} on cheap settings. */
class EvolveCommandTest {

    @TempDir
    Path dir;

    static String[] cheap(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("evolve", "--episode-steps", "60",
                "--hidden", "16,8", "--threads", "2", "--seed", "4", "--quiet", "--noise-table-size", "1000000"));
        args.addAll(List.of(extra));
        if (!args.contains("--population")) {
            args.addAll(List.of("--population", "8"));
        }
        return args.toArray(String[]::new);
    }

    @Test
    void fitnessImprovesOnACheapSetting() throws Exception {
        Path run = dir.resolve("run");
        CliRun r = CliRun.of(cheap("--out", run.toString(), "--generations", "14", "--population", "16",
                "--train-morphologies", "intact", "--lr", "0.1"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<double[]> rows = CsvLog.read(run.resolve("log.csv"));
        assertThat(rows).hasSize(14);
        double early = (rows.get(0)[1] + rows.get(1)[1] + rows.get(2)[1]) / 3;
        double late = (rows.get(11)[1] + rows.get(12)[1] + rows.get(13)[1]) / 3;
        assertThat(late).as("mean fitness of the last 3 vs first 3 generations").isGreaterThan(early + 0.05);
        for (String f : List.of("best.json", "mean.json", "checkpoint.json", "curve.png", "log.csv")) {
            assertThat(run.resolve(f)).exists();
        }
        JsonNode mean = new ObjectMapper().readTree(run.resolve("mean.json").toFile());
        assertThat(mean.path("training").path("generation").asInt()).isEqualTo(14);
        assertThat(mean.path("physics").path("controlPeriodSeconds").asDouble()).isEqualTo(0.0165);

        CliRun eval = CliRun.of("evaluate", "--model", run.resolve("mean.json").toString(), "--rollouts", "3",
                "--episode-steps", "60", "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode table = new ObjectMapper().readTree(eval.out());
        assertThat(table.path("results")).hasSize(3);
        assertThat(table.path("results").get(2).path("morphology").asText()).isEqualTo("damaged-left-front");
        assertThat(table.path("results").get(0).path("gait").has("saturatedFraction")).isTrue();
        JsonNode legs = table.path("results").get(0).path("gait").path("legContactFractions");
        assertThat(legs.fieldNames()).toIterable().containsExactly("left-front", "right-front", "left-back", "right-back");
        double feet = 0;
        for (JsonNode f : legs) {
            assertThat(f.asDouble()).isBetween(0.0, 1.0);
            feet += f.asDouble();
        }
        assertThat(table.path("results").get(0).path("gait").path("meanFeetOnGround").asDouble())
                .isCloseTo(feet, org.assertj.core.api.Assertions.within(1e-9));

        CliRun two = CliRun.of("evaluate", "--model", run.resolve("mean.json") + "," + run.resolve("best.json"),
                "--rollouts", "2", "--episode-steps", "60", "--morphologies", "intact,damaged-left-front", "--json");
        assertThat(two.exitCode()).as(two.err()).isZero();
        JsonNode across = new ObjectMapper().readTree(two.out());
        assertThat(across.path("models")).hasSize(2);
        assertThat(across.path("acrossModels").get(0).path("meanRatioToIntact").asDouble()).isEqualTo(1.0);
        double m0 = across.path("models").get(0).path("results").get(1).path("meanDistanceM").asDouble();
        double m1 = across.path("models").get(1).path("results").get(1).path("meanDistanceM").asDouble();
        assertThat(across.path("acrossModels").get(1).path("meanOfMeansM").asDouble())
                .isCloseTo((m0 + m1) / 2, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void costsAreLoggedAsSeparateTermsThatSumToTheFitness() throws Exception {
        Path run = dir.resolve("costs");
        CliRun r = CliRun.of(cheap("--out", run.toString(), "--generations", "2", "--train-morphologies", "intact",
                "--action-rate-cost", "0.1", "--saturation-cost", "0.05", "--energy-cost", "0.01", "--idle-leg-cost",
                "0.05"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(run.resolve("log.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).endsWith("distance", "actionRateCost", "saturationCost", "energyCost", "idleLegCost");
        for (String line : lines.subList(1, lines.size())) {
            double[] v = java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            double mean = v[header.indexOf("mean")];
            double distance = v[header.indexOf("distance")];
            double costs = v[header.indexOf("actionRateCost")] + v[header.indexOf("saturationCost")]
                    + v[header.indexOf("energyCost")] + v[header.indexOf("idleLegCost")];
            assertThat(mean).as(line).isCloseTo(distance - costs, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(v[header.indexOf("energyCost")]).as(line).isPositive();
            assertThat(v[header.indexOf("actionRateCost")]).as(line).isPositive();
        }
        JsonNode fitness = new ObjectMapper().readTree(run.resolve("mean.json").toFile())
                .path("training").path("problem").path("fitness");
        assertThat(fitness.path("energy").asDouble()).isEqualTo(0.01);
        assertThat(fitness.path("idleLeg").asDouble()).isEqualTo(0.05);
        assertThat(fitness.path("actionRate").asDouble()).isEqualTo(0.1);

        CliRun eval = CliRun.of("evaluate", "--model", run.resolve("mean.json").toString(), "--rollouts", "2",
                "--episode-steps", "60", "--morphologies", "intact", "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(new ObjectMapper().readTree(eval.out()).path("results").get(0).path("gait").path("meanPowerW")
                .asDouble()).isPositive();
    }

    @Test
    void resumingGivesTheSameResultAsAnUninterruptedRun() throws Exception {
        Path straight = dir.resolve("straight");
        Path resumed = dir.resolve("resumed");
        assertThat(CliRun.of(cheap("--out", straight.toString(), "--generations", "4")).exitCode()).isZero();
        assertThat(CliRun.of(cheap("--out", resumed.toString(), "--generations", "2")).exitCode()).isZero();
        CliRun hidden = CliRun.of("evolve", "--resume", resumed.toString(), "--hidden", "8", "--seed", "3", "--quiet");
        assertThat(hidden.exitCode()).isEqualTo(2);
        assertThat(hidden.err().strip()).doesNotContain("\n")
                .contains("--hidden --seed would be ignored").contains("--generations");
        CliRun back = CliRun.of("evolve", "--resume", resumed.toString(), "--generations", "1", "--quiet");
        assertThat(back.exitCode()).isEqualTo(2);
        assertThat(back.err()).contains("already at generation 2");
        CliRun r = CliRun.of("evolve", "--resume", resumed.toString(), "--generations", "4", "--threads", "1", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Checkpoint a = Checkpoint.read(straight.resolve("checkpoint.json"));
        Checkpoint b = Checkpoint.read(resumed.resolve("checkpoint.json"));
        assertThat(b.state().generation()).isEqualTo(4);
        assertThat(b.state().centre()).containsExactly(a.state().centre());
        assertThat(Files.readString(resumed.resolve("mean.json"))).isEqualTo(Files.readString(straight.resolve("mean.json")));
        assertThat(CsvLog.read(resumed.resolve("log.csv"))).hasSize(4);
    }

    @Test
    void badInputIsOneLineAndOverwritesNothing() throws Exception {
        Path run = dir.resolve("run");
        CliRun unknown = CliRun.of(cheap("--out", run.toString(), "--train-morphologies", "intact,damaged-tail"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("damaged-tail").doesNotContain("\tat ");

        assertThat(CliRun.of(cheap("--out", run.toString(), "--generations", "1")).exitCode()).isZero();
        String before = Files.readString(run.resolve("checkpoint.json"));
        CliRun again = CliRun.of(cheap("--out", run.toString(), "--generations", "1"));
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds a run").contains("--resume");
        assertThat(Files.readString(run.resolve("checkpoint.json"))).isEqualTo(before);

        Files.writeString(run.resolve("checkpoint.json"), before.substring(0, before.length() / 2));
        CliRun corrupt = CliRun.of("evolve", "--resume", run.toString(), "--quiet");
        assertThat(corrupt.exitCode()).isEqualTo(2);
        assertThat(corrupt.err()).contains("corrupt checkpoint");

        CliRun noModel = CliRun.of("evaluate", "--model", dir.resolve("missing.json").toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("file not found");

        CliRun badCluster = CliRun.of(cheap("--out", dir.resolve("c").toString(), "--cluster", "spark"));
        assertThat(badCluster.exitCode()).isEqualTo(2);
        assertThat(badCluster.err()).contains("unknown --cluster 'spark'");
        assertThat(dir.resolve("c")).doesNotExist();

        CliRun oddPopulation = CliRun.of(cheap("--out", dir.resolve("odd").toString(), "--population", "7"));
        assertThat(oddPopulation.exitCode()).isEqualTo(2);
        assertThat(oddPopulation.err()).contains("even");
        assertThat(dir.resolve("odd")).as("nothing created on bad input").doesNotExist();

        CliRun staticShared = CliRun.of(cheap("--out", dir.resolve("s").toString(), "--static", "--rule-sharing", "post"));
        assertThat(staticShared.exitCode()).isEqualTo(2);
        assertThat(staticShared.err()).contains("--rule-sharing applies to Hebbian rules");
        CliRun badSharing = CliRun.of(cheap("--out", dir.resolve("s").toString(), "--rule-sharing", "neuron"));
        assertThat(badSharing.exitCode()).isEqualTo(2);
        assertThat(badSharing.err()).contains("--rule-sharing: unknown rule sharing 'neuron'");
        CliRun badInterval = CliRun.of(cheap("--out", dir.resolve("s").toString(), "--plasticity-interval", "0"));
        assertThat(badInterval.exitCode()).isEqualTo(2);
        assertThat(badInterval.err()).contains("--plasticity-interval/--activity-window: plasticity interval must be "
                + "within [1, 1000] control steps: 0");
        CliRun badFilter = CliRun.of(cheap("--out", dir.resolve("s").toString(), "--action-filter", "0"));
        assertThat(badFilter.exitCode()).isEqualTo(2);
        assertThat(badFilter.err()).contains("--action-filter must be within (0, 1], 1 for none: 0.0");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void slowPlasticityIsRecordedInTheModelThatEvaluateRuns() throws Exception {
        Path run = dir.resolve("slow");
        assertThat(CliRun.of(cheap("--out", run.toString(), "--generations", "1", "--normalization", "max-abs",
                "--plasticity-interval", "4", "--activity-window", "10", "--action-filter", "0.2")).exitCode()).isZero();
        JsonNode network = new ObjectMapper().readTree(run.resolve("mean.json").toFile()).path("network");
        assertThat(network.path("actionFilter").asDouble()).isEqualTo(0.2);
        JsonNode plasticity = network.path("plasticity");
        assertThat(plasticity.path("interval").asInt()).isEqualTo(4);
        assertThat(plasticity.path("window").asInt()).isEqualTo(10);
        CliRun eval = CliRun.of("evaluate", "--model", run.resolve("mean.json").toString(), "--rollouts", "2",
                "--episode-steps", "40", "--morphologies", "intact");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        // the nodes run the same model (schedule and filter through the model file), with or without the gate's limit
        CliRun node = CliRun.of("sim-run", "--model", run.resolve("mean.json").toString(), "--seconds", "0.33",
                "--seed", "1", "--max-step-rad", "0");
        assertThat(node.exitCode()).as(node.err()).isZero();
        assertThat(node.out()).contains("(20 steps, robot ant").contains("; no rate limit)");
        CliRun limited = CliRun.of("sim-run", "--model", run.resolve("mean.json").toString(), "--seconds", "0.33",
                "--seed", "1");
        assertThat(limited.out()).containsPattern("; \\d+ of \\d+ commands rate-limited to 0.1 rad per step\\)");
        CliRun bad = CliRun.of("sim-run", "--model", run.resolve("mean.json").toString(), "--max-step-rad", "-1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-step-rad must be >= 0 (0 = no limit), got -1.0");
    }

    @Test
    void theGatesRateLimitTrainedWithIsRecordedAndTheNodesGateIsComparedWithIt() throws Exception {
        Path run = dir.resolve("gated");
        assertThat(CliRun.of(cheap("--out", run.toString(), "--generations", "1", "--max-step-rad", "0.1")).exitCode())
                .isZero();
        Path model = run.resolve("mean.json");
        JsonNode physics = new ObjectMapper().readTree(model.toFile()).path("physics");
        assertThat(physics.path("maxTargetStepRad").asDouble()).isEqualTo(0.1);
        CliRun same = CliRun.of("sim-run", "--model", model.toString(), "--seconds", "0.33", "--seed", "1");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.err()).doesNotContain("max_step_rad");
        CliRun none = CliRun.of("sim-run", "--model", model.toString(), "--seconds", "0.33", "--seed", "1",
                "--max-step-rad", "0");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.err()).contains("sim-run: policy node: warning: max_step_rad 0 (no limit) differs from the 0.1 "
                + "rad per step the model was trained with");
        // without the flag nothing is recorded
        Path plain = dir.resolve("plain");
        assertThat(CliRun.of(cheap("--out", plain.toString(), "--generations", "1")).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(plain.resolve("mean.json").toFile()).path("physics")
                .has("maxTargetStepRad")).isFalse();

        CliRun negative = CliRun.of(cheap("--out", dir.resolve("n").toString(), "--max-step-rad", "-0.1"));
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--max-step-rad must be a number of radians >= 0 (0 = no limit), got -0.1");
        CliRun torque = CliRun.of(cheap("--out", dir.resolve("t").toString(), "--max-step-rad", "0.1", "--control",
                "torque"));
        assertThat(torque.exitCode()).isEqualTo(2);
        assertThat(torque.err()).contains("--max-step-rad limits position targets; --control torque has none");
        assertThat(dir.resolve("n")).doesNotExist();
        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void substepsAreRecordedInTheModelAndEvaluateCanOverrideThem() throws Exception {
        Path byDefault = dir.resolve("default");
        assertThat(CliRun.of(cheap("--out", byDefault.toString(), "--generations", "1")).exitCode()).isZero();
        JsonNode physics = new ObjectMapper().readTree(byDefault.resolve("mean.json").toFile()).path("physics");
        assertThat(physics.path("substeps").asInt()).isEqualTo(io.hebbian.sim.env.SimSettings.RECOMMENDED_EXACT_SUBSTEPS);
        assertThat(physics.path("engine").asText()).isEqualTo("ode4j-0.5.3-step");

        Path three = dir.resolve("three");
        assertThat(CliRun.of(cheap("--out", three.toString(), "--generations", "1", "--substeps", "3")).exitCode())
                .isZero();
        Path model = three.resolve("mean.json");
        assertThat(new ObjectMapper().readTree(model.toFile()).path("physics").path("substeps").asInt()).isEqualTo(3);

        CliRun own = CliRun.of("evaluate", "--model", model.toString(), "--rollouts", "2", "--episode-steps", "60",
                "--morphologies", "intact");
        CliRun one = CliRun.of("evaluate", "--model", model.toString(), "--rollouts", "2", "--episode-steps", "60",
                "--morphologies", "intact", "--substeps", "1");
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(own.out()).contains("exact stepper x 3 substeps");
        assertThat(one.out()).contains("exact stepper x 1 substeps");
        assertThat(distanceLine(one.out())).as("other physics, other trajectory").isNotEqualTo(distanceLine(own.out()));

        CliRun badEvolve = CliRun.of(cheap("--out", dir.resolve("bad").toString(), "--substeps", "0"));
        assertThat(badEvolve.exitCode()).isEqualTo(2);
        assertThat(badEvolve.err()).contains("--substeps must be within [1, 100], got 0");
        assertThat(dir.resolve("bad")).doesNotExist();
        CliRun badEvaluate = CliRun.of("evaluate", "--model", model.toString(), "--substeps", "101");
        assertThat(badEvaluate.exitCode()).isEqualTo(2);
        assertThat(badEvaluate.err()).contains("--substeps must be within [1, 100], got 101");
    }

    private static String distanceLine(String table) {
        return table.lines().filter(l -> l.startsWith("intact")).findFirst().orElseThrow();
    }

    @Test
    void staticBaselineEvolvesAndEvaluates() throws Exception {
        Path run = dir.resolve("static");
        CliRun r = CliRun.of(cheap("--out", run.toString(), "--generations", "2", "--static"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(run.resolve("mean.json"))).contains("\"rule\" : \"static\"");
        CliRun eval = CliRun.of("evaluate", "--model", run.resolve("mean.json").toString(), "--rollouts", "2",
                "--morphologies", "intact", "--episode-steps", "30");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("intact").contains("rule static");
    }
}
