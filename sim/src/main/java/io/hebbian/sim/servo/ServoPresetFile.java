package io.hebbian.sim.servo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.AtomicFiles;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.sim.env.ServoModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A servo preset file ({@code "format": "hebbian-servo-preset", "version": 1}): one {@link ServoModel} under
 * {@code servo}, and optionally under {@code fit} how it was obtained ({@code hebbian servo step-response}).
 * {@code evolve --servo FILE} reads it. Both sections are read strictly: unknown keys, wrong types and bad
 * values fail with the file and the field named.
 */
public final class ServoPresetFile {

    public static final String FORMAT = "hebbian-servo-preset";
    public static final int VERSION = 1;

    private static final String[] TOP_KEYS = {"format", "version", "servo", "fit"};
    private static final String[] FIT_KEYS = {"joint", "stepRad", "samples", "samplesFile", "rmsErrorRad",
        "deadTimeSeconds", "controlPeriodSeconds", "speedLimitReached", "fittedMaxVelocityRadPerSec", "evaluations"};
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ServoPresetFile() {
    }

    /**
     * A built-in preset by name ({@link ServoModel#presetNames()}) or a preset file by path.
     *
     * @throws IllegalArgumentException for a name that is neither a preset nor a {@code .json} path
     */
    public static ServoModel load(String nameOrPath) throws IOException, FormatException {
        if (ServoModel.presetNames().contains(nameOrPath)) {
            return ServoModel.preset(nameOrPath);
        }
        if (nameOrPath.endsWith(".json") || nameOrPath.contains("/") || nameOrPath.contains(java.io.File.separator)) {
            return read(Path.of(nameOrPath));
        }
        throw new IllegalArgumentException("unknown servo preset '" + nameOrPath + "'; expected one of "
                + ServoModel.presetNames() + " or a preset file (.json, from 'hebbian servo step-response')");
    }

    /** Reads and validates a preset file; errors name the file and the field. */
    public static ServoModel read(Path file) throws IOException, FormatException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        try {
            return fromJson(root);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a preset from a JSON tree; the {@code fit} section is checked but not returned. */
    public static ServoModel fromJson(JsonNode root) throws FormatException {
        Fields.expectFormat(root, FORMAT, VERSION);
        Fields top = Fields.of(root, "", TOP_KEYS);
        JsonNode servo = top.require("servo");
        ServoModel model = ServoModel.fromJson(servo, "servo.");
        var keys = model.toJson().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!servo.hasNonNull(key)) {
                throw new FormatException("servo." + key + ": missing (a preset file gives every servo field)");
            }
        }
        var fit = top.optionalObject("fit", FIT_KEYS);
        if (fit.isPresent()) {
            Fields f = fit.get();
            f.text("joint", "");
            f.text("samplesFile", "");
            f.integer("samples", 0);
            f.integer("evaluations", 0);
            f.bool("speedLimitReached", false);
            for (String key : new String[] {"stepRad", "rmsErrorRad", "deadTimeSeconds", "controlPeriodSeconds",
                "fittedMaxVelocityRadPerSec"}) {
                f.number(key, 0);
            }
        }
        return model;
    }

    /**
     * Writes a fitted preset atomically.
     *
     * @param joint       the joint that was stepped
     * @param stepRad     the commanded step, radians
     * @param samplesFile the raw samples CSV, as written next to the preset (a file name), or empty
     */
    public static void write(Path file, ServoFitResult fit, String joint, double stepRad, String samplesFile)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("servo", fit.model().toJson());
        ObjectNode f = root.putObject("fit");
        f.put("joint", joint);
        f.put("stepRad", stepRad);
        f.put("samples", fit.samples());
        f.put("samplesFile", samplesFile);
        f.put("rmsErrorRad", fit.rmsErrorRad());
        f.put("deadTimeSeconds", fit.deadTimeSeconds());
        f.put("controlPeriodSeconds", fit.controlPeriodSeconds());
        f.put("speedLimitReached", fit.speedLimitReached());
        f.put("fittedMaxVelocityRadPerSec", fit.fittedMaxVelocityRadPerSec());
        f.put("evaluations", fit.evaluations());
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
    }
}
