package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.evolution.es.EsJson;
import io.hebbian.evolution.train.Checkpoint;
import io.hebbian.sim.env.SimSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every model shipped in models/ (and models/seeds) passes every strict reader, section by section; every
 * checkpoint of an unfinished run committed under models/checkpoints/ reads as a checkpoint with a valid problem.
 */
class ShippedModelsTest {

    private static final String CHECKPOINT = "checkpoint.json";

    private static List<Path> json(boolean checkpoints) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("../models"))) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".evaluation.json"))
                    .filter(p -> p.getFileName().toString().equals(CHECKPOINT) == checkpoints).sorted().toList();
        }
    }

    private static List<Path> shipped() throws IOException {
        return json(false);
    }

    @Test
    void everyCommittedCheckpointResumes() throws Exception {
        for (Path f : json(true)) {
            Checkpoint c = Checkpoint.read(f);
            assertThat(c.state().generation()).as(f.toString()).isLessThan(c.targetGenerations());
            TrainingProblem.fromJson(c.problem());
        }
    }

    /** What scripts/restore-study.sh relies on: each study evaluation names its run and has its model beside it. */
    @Test
    void everyShippedStudyEvaluationNamesItsRunAndSitsBesideItsModel() throws Exception {
        List<Path> evaluations;
        try (Stream<Path> s = Files.walk(Path.of("../models/adaptive"))) {
            evaluations = s.filter(p -> p.toString().endsWith(".evaluation.json")).sorted().toList();
        }
        assertThat(evaluations).isNotEmpty();
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (Path e : evaluations) {
            var tree = new ObjectMapper().readTree(e.toFile());
            String run = tree.path("run").asText("");
            assertThat(run).as(e + ": run").matches(tree.path("variant").asText() + "-s" + tree.path("seed").asInt());
            assertThat(runs.add(run)).as(e + ": run " + run + " shipped twice").isTrue();
            String model = e.getFileName().toString().replace(".evaluation.json", ".json");
            assertThat(e.resolveSibling(model)).as(e + ": its model").exists();
        }
    }

    @Test
    void everyShippedModelAndItsProvenanceLoad() throws Exception {
        List<Path> files = shipped();
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path f : files) {
            PolicyModel m = ModelFile.read(f);
            SimSettings.fromJson(m.physics());
            Fields t = Fields.of(m.training(), "training.", "selected", "generation", "fitness", "sigma", "es",
                    "problem");
            EsJson.readConfig(t.require("es"));
            TrainingProblem p = TrainingProblem.fromJson(t.require("problem"));
            assertThat(p.robot()).as(f.toString()).isEqualTo(m.requireRobot());
        }
    }

    @Test
    void aProblemMissingAFirstLayoutKeyIsAnError() throws Exception {
        ObjectNode problem = (ObjectNode) new ObjectMapper().readTree(Path.of("../models/ant-hebbian.json").toFile())
                .get("training").get("problem");
        assertThat(TrainingProblem.fromJson(problem).withHeading()).isFalse();
        for (String key : new String[] {"robot", "morphologies", "sim", "kind", "rule", "hidden", "normalization",
            "withAccel", "fitness"}) {
            assertThatThrownBy(() -> TrainingProblem.fromJson(problem.deepCopy().without(key)))
                    .isInstanceOf(FormatException.class).hasMessage("problem." + key + ": missing");
        }
        assertThatThrownBy(() -> TrainingProblem.fromJson(problem.deepCopy().without("initHalfWidth")))
                .isInstanceOf(FormatException.class).hasMessageContaining("exactly one of initHalfWidth and initSigma");
        assertThatThrownBy(() -> TrainingProblem.fromJson(problem.deepCopy().put("withHeadings", true)))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("problem.withHeadings: unknown key");
        assertThat(TrainingProblem.fromJson(problem.deepCopy().without("heldOut")).heldOut()).isEmpty();
        // evolve records the starting parameters' std next to the problem (provenance)
        assertThat(TrainingProblem.fromJson(problem.deepCopy().put("initStd", 0.1)).robot()).isEqualTo("ant");
    }
}
