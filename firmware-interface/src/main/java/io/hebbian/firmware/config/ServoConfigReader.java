package io.hebbian.firmware.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses a servo config file; every error names the file and the bad key or value. */
final class ServoConfigReader {

    private static final Set<String> TOP = Set.of("format", "protocol", "port", "baud", "responseTimeoutMillis",
            "fastSyncRead", "units", "joints", "legs");
    private static final Set<String> JOINT = Set.of("name", "id", "channel", "direction", "zeroOffsetRad",
            "zeroOffsetDeg", "lowerRad", "lowerDeg", "upperRad", "upperDeg", "maxVelocityRadPerSec",
            "maxVelocityDegPerSec");
    private static final Set<String> UNITS = Set.of("unitsPerRad", "centerUnits", "radPerSecPerVelocityUnit");

    private ServoConfigReader() {
    }

    static ServoConfig read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + ": not valid " + (name.endsWith(".json") ? "JSON" : "YAML")
                    + ": " + e.getOriginalMessage());
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static ServoConfig parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a mapping with keys " + TOP);
        }
        checkKeys(root, TOP, "top level");
        String format = root.path("format").asText(ServoConfig.FORMAT);
        if (!ServoConfig.FORMAT.equals(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not supported: expected " + ServoConfig.FORMAT);
        }
        if (!root.has("protocol")) {
            throw new IllegalArgumentException("missing 'protocol': one of dynamixel2, feetech-sts, feetech-scs, maestro");
        }
        Protocol protocol = Protocol.parse(root.get("protocol").asText());
        ServoUnits units = units(root.path("units"), protocol.defaultUnits());
        List<JointConfig> joints = new ArrayList<>();
        JsonNode list = root.path("joints");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("'joints' must be a non-empty list");
        }
        for (JsonNode j : list) {
            joints.add(joint(j));
        }
        Map<String, List<String>> legs = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("legs").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> names = new ArrayList<>();
            e.getValue().forEach(n -> names.add(n.asText()));
            legs.put(e.getKey(), names);
        }
        return new ServoConfig(protocol, root.path("port").asText(""), integer(root, "baud", protocol.defaultBaud()),
                units, integer(root, "responseTimeoutMillis", 20), root.path("fastSyncRead").asBoolean(false),
                joints, legs);
    }

    private static JointConfig joint(JsonNode j) {
        String name = j.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException("every joint needs a 'name'");
        }
        checkKeys(j, JOINT, "joint " + name);
        String idKey = j.has("id") ? "id" : "channel";
        if (!j.has(idKey)) {
            throw new IllegalArgumentException("joint " + name + ": missing 'id' (or 'channel' for maestro)");
        }
        double lower = angle(j, "lower", name, Double.NaN);
        double upper = angle(j, "upper", name, Double.NaN);
        double vmax = j.has("maxVelocityRadPerSec") || j.has("maxVelocityDegPerSec")
                ? angle(j, "maxVelocity", name, Double.NaN) : Double.POSITIVE_INFINITY;
        return new JointConfig(name, integer(j, idKey, -1), integer(j, "direction", 1),
                angle(j, "zeroOffset", name, 0), lower, upper, vmax);
    }

    /** Reads {@code <key>Rad} or {@code <key>Deg} (or {@code <key>RadPerSec}/{@code DegPerSec}) in radians. */
    private static double angle(JsonNode j, String key, String joint, double dflt) {
        String suffix = key.equals("maxVelocity") ? "PerSec" : "";
        JsonNode rad = j.get(key + "Rad" + suffix);
        JsonNode deg = j.get(key + "Deg" + suffix);
        if (rad != null && deg != null) {
            throw new IllegalArgumentException("joint " + joint + ": give " + key + " in Rad or Deg, not both");
        }
        if (rad == null && deg == null) {
            if (Double.isNaN(dflt)) {
                throw new IllegalArgumentException("joint " + joint + ": missing '" + key + "Rad" + suffix
                        + "' (or '" + key + "Deg" + suffix + "')");
            }
            return dflt;
        }
        JsonNode v = rad != null ? rad : deg;
        if (!v.isNumber()) {
            throw new IllegalArgumentException("joint " + joint + ": " + key + " must be a number, got " + v);
        }
        return rad != null ? v.asDouble() : Math.toRadians(v.asDouble());
    }

    private static ServoUnits units(JsonNode u, ServoUnits d) {
        if (u.isMissingNode()) {
            return d;
        }
        checkKeys(u, UNITS, "units");
        return new ServoUnits(u.path("unitsPerRad").asDouble(d.unitsPerRad()),
                u.path("centerUnits").asDouble(d.centerUnits()),
                u.path("radPerSecPerVelocityUnit").asDouble(d.radPerSecPerVelocityUnit()));
    }

    private static int integer(JsonNode n, String key, int dflt) {
        JsonNode v = n.get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + key + "' must be an integer, got " + v);
        }
        return v.asInt();
    }

    private static void checkKeys(JsonNode n, Set<String> allowed, String where) {
        n.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("unknown key '" + k + "' in " + where + ": allowed keys are "
                        + new java.util.TreeSet<>(allowed));
            }
        });
    }
}
