package io.hebbian.evolution.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.AtomicFiles;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.evolution.es.EsConfig;
import io.hebbian.evolution.es.EsJson;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.problem.TrainingProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A resumable training run on disk: ES settings, the problem (robot, morphologies, policy kind,
 * physics), the target generation count and the ES state after the last complete generation.
 * Written atomically after every generation ({@code "format": "hebbian-es-checkpoint", "version": 1}).
 */
public record Checkpoint(EsConfig config, ObjectNode problem, int targetGenerations, EsState state) {

    public static final String FORMAT = "hebbian-es-checkpoint";
    public static final int VERSION = 1;
    /** File name inside a run directory. */
    public static final String FILE = "checkpoint.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Checkpoint {
        problem = problem.deepCopy();
    }

    public void write(Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("targetGenerations", targetGenerations);
        root.set("es", EsJson.write(config));
        root.set("problem", problem);
        root.set("state", EsJson.write(state));
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
    }

    /** Reads a checkpoint; a missing, torn or foreign file is a {@link FormatException} naming it. */
    public static Checkpoint read(Path file) throws IOException, FormatException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no checkpoint to resume from");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(file + ": corrupt checkpoint (not valid JSON: " + e.getOriginalMessage() + ")");
        }
        try {
            Fields.expectFormat(root, FORMAT, VERSION);
            Fields f = Fields.of(root, "", "format", "version", "targetGenerations", "es", "problem", "state");
            JsonNode problem = f.require("problem");
            EsConfig config = EsJson.readConfig(f.require("es"));
            EsState state = EsJson.readState(f.require("state"));
            TrainingProblem.fromJson(problem);
            return new Checkpoint(config, (ObjectNode) problem, f.integer("targetGenerations"), state);
        } catch (FormatException e) {
            throw new FormatException(file + ": corrupt checkpoint: " + e.getMessage(), e);
        }
    }
}
