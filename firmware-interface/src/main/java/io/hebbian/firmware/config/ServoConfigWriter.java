package io.hebbian.firmware.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.hebbian.controller.io.FormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes calibrated joint values into a servo config file without losing what the user wrote around them.
 *
 * <p>The file's own text is edited in place ({@link ConfigTextEditor}: comments, order and style kept), read back
 * and compared with the intended config. Only if that is impossible (YAML anchors and the like) is a new file
 * generated from the parsed config, next to the original as {@code <name>.calibrated.<ext>} (or at the requested
 * output unless that is the original), and the original is left unchanged: comments are never dropped silently. Files are replaced atomically.
 */
public final class ServoConfigWriter {

    /** Largest difference between a written value and the calibrated one after rounding, radians. */
    private static final double ROUNDING_RAD = 1e-4;

    private ServoConfigWriter() {
    }

    /**
     * @param config the config file that was calibrated (read again here)
     * @param out    where to write; empty for {@code config} itself
     * @param joints calibrated values, by joint name
     * @throws FormatException          if {@code config} is not a valid servo config
     * @throws IllegalArgumentException if a joint is not in the config or the values are invalid for it
     */
    public static ConfigWrite write(Path config, Optional<Path> out, List<JointCalibration> joints)
            throws IOException, FormatException {
        String text = Files.readString(config, StandardCharsets.UTF_8);
        boolean json = ServoConfigReader.isJson(config);
        ServoConfig expected = calibrated(ServoConfigReader.read(config), joints);
        ConfigTextEditor.Result edit = ConfigTextEditor.edit(text, joints);
        String problem = edit.problem();
        if (edit.edited()) {
            if (readsAs(edit.text(), json, config, expected)) {
                Path target = out.orElse(config);
                replace(target, edit.text());
                return new ConfigWrite(target, true, "");
            }
            problem = "the edited text did not read back as the calibrated config";
        }
        Path target = out.filter(o -> !sameFile(o, config)).orElse(sibling(config));
        String generated = generate(text, json, joints, config);
        if (!readsAs(generated, json, config, expected)) {
            throw new IllegalStateException("generated config " + target + " does not read back as calibrated: a bug");
        }
        replace(target, generated);
        return new ConfigWrite(target, false, problem);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** {@code servos.yaml} to {@code servos.calibrated.yaml} in the same folder. */
    static Path sibling(Path config) {
        String name = config.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".yaml";
        return config.resolveSibling(stem + ".calibrated" + ext);
    }

    private static ServoConfig calibrated(ServoConfig before, List<JointCalibration> joints) {
        Map<String, JointCalibration> byName = joints.stream()
                .collect(Collectors.toMap(JointCalibration::name, Function.identity()));
        for (String name : byName.keySet()) {
            if (before.indexOf(name) < 0) {
                throw new IllegalArgumentException("joint '" + name + "' is not in the config: known are " + before.jointNames());
            }
        }
        List<JointConfig> after = before.joints().stream()
                .map(j -> byName.containsKey(j.name()) ? byName.get(j.name()).applyTo(j) : j).toList();
        return new ServoConfig(before.protocol(), before.port(), before.baud(), before.units(),
                before.responseTimeoutMillis(), before.fastSyncRead(), after, before.legs());
    }

    private static boolean readsAs(String text, boolean json, Path label, ServoConfig expected) throws IOException {
        ServoConfig got;
        try {
            got = ServoConfigReader.read(text.getBytes(StandardCharsets.UTF_8), json, label.toString());
        } catch (FormatException e) {
            return false;
        }
        if (got.protocol() != expected.protocol() || !got.port().equals(expected.port()) || got.baud() != expected.baud()
                || !got.units().equals(expected.units()) || got.responseTimeoutMillis() != expected.responseTimeoutMillis()
                || got.fastSyncRead() != expected.fastSyncRead() || !got.legs().equals(expected.legs())
                || got.joints().size() != expected.joints().size()) {
            return false;
        }
        for (int k = 0; k < got.joints().size(); k++) {
            if (!close(got.joints().get(k), expected.joints().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(JointConfig a, JointConfig b) {
        return a.name().equals(b.name()) && a.id() == b.id() && a.direction() == b.direction()
                && a.maxVelocityRadPerSec() == b.maxVelocityRadPerSec()
                && Math.abs(a.zeroOffsetRad() - b.zeroOffsetRad()) <= ROUNDING_RAD
                && Math.abs(a.lowerRad() - b.lowerRad()) <= ROUNDING_RAD
                && Math.abs(a.upperRad() - b.upperRad()) <= ROUNDING_RAD;
    }

    /** The config generated from its parsed tree with the calibrated values set; YAML gets a header comment. */
    private static String generate(String text, boolean json, List<JointCalibration> joints, Path config)
            throws IOException {
        ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        JsonNode root = mapper.readTree(text);
        for (JsonNode j : root.path("joints")) {
            for (JointCalibration c : joints) {
                if (j instanceof ObjectNode o && c.name().equals(o.path("name").asText())) {
                    o.put("direction", c.direction());
                    putAngle(o, "zeroOffset", c.zeroOffsetRad());
                    putAngle(o, "lower", c.lowerRad());
                    putAngle(o, "upper", c.upperRad());
                }
            }
        }
        if (json) {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        }
        return "# Written by 'hebbian servo calibrate' from " + config.getFileName() + " (its comments are not in "
                + "this file)\n" + mapper.writeValueAsString(root);
    }

    private static void putAngle(ObjectNode joint, String base, double rad) {
        if (joint.has(base + "Deg")) {
            joint.put(base + "Deg", Double.parseDouble(ConfigTextEditor.number(Math.toDegrees(rad), 3)));
        } else {
            joint.put(base + "Rad", Double.parseDouble(ConfigTextEditor.number(rad, 4)));
        }
    }

    /** Writes {@code content} to a temporary file next to {@code target} and moves it over {@code target}. */
    private static void replace(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException notPosix) {
                    // permissions stay the temporary file's
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
