package io.hebbian.firmware.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses a servo config file; unknown keys are errors and every error names the file and the bad key or value. */
final class ServoConfigReader {

    private static final String[] TOP = {"format", "protocol", "port", "baud", "responseTimeoutMillis",
        "fastSyncRead", "units", "joints", "legs"};
    private static final String[] JOINT = {"name", "id", "channel", "direction", "zeroOffsetRad",
        "zeroOffsetDeg", "lowerRad", "lowerDeg", "upperRad", "upperDeg", "maxVelocityRadPerSec",
        "maxVelocityDegPerSec"};
    private static final String[] UNITS = {"unitsPerRad", "centerUnits", "radPerSecPerVelocityUnit"};

    private ServoConfigReader() {
    }

    static ServoConfig read(Path file) throws IOException, FormatException {
        return read(Files.readAllBytes(file), isJson(file), file.toString());
    }

    /** Parses a file's content; {@code label} (the file name) starts every message. */
    static ServoConfig read(byte[] content, boolean json, String label) throws IOException, FormatException {
        ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new FormatException(label + ": not valid " + (json ? "JSON" : "YAML")
                    + ": " + e.getOriginalMessage(), e);
        }
        try {
            return parse(root);
        } catch (FormatException | IllegalArgumentException e) {
            throw new FormatException(label + ": " + e.getMessage(), e);
        }
    }

    /** True for a {@code .json} file name (any case); YAML otherwise. */
    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    static ServoConfig parse(JsonNode root) throws FormatException {
        Fields f = Fields.of(root, "", TOP);
        String format = f.text("format", ServoConfig.FORMAT);
        if (!ServoConfig.FORMAT.equals(format)) {
            throw new FormatException("format '" + format + "' is not supported: expected " + ServoConfig.FORMAT);
        }
        if (!f.has("protocol")) {
            throw new FormatException("protocol: missing; one of dynamixel2, feetech-sts, feetech-scs, maestro");
        }
        Protocol protocol = Protocol.parse(f.text("protocol"));
        ServoUnits units = units(f, protocol.defaultUnits());
        List<JointConfig> joints = new ArrayList<>();
        f.nonEmptyArray("joints");
        for (Fields j : f.objects("joints", JOINT)) {
            joints.add(joint(j));
        }
        Map<String, List<String>> legs = new LinkedHashMap<>();
        if (f.has("legs")) {
            Fields l = Fields.of(f.require("legs"), "legs.", legNames(f.require("legs")));
            Iterator<String> it = l.node().fieldNames();
            while (it.hasNext()) {
                String leg = it.next();
                legs.put(leg, l.texts(leg));
            }
        }
        return new ServoConfig(protocol, f.text("port", ""), f.integer("baud", protocol.defaultBaud()),
                units, f.integer("responseTimeoutMillis", 20), f.bool("fastSyncRead", false), joints, legs);
    }

    private static String[] legNames(JsonNode legs) {
        List<String> names = new ArrayList<>();
        legs.fieldNames().forEachRemaining(names::add);
        return names.toArray(String[]::new);
    }

    private static JointConfig joint(Fields j) throws FormatException {
        String name = j.text("name", "");
        if (name.isBlank()) {
            throw new FormatException(j.path() + "name: missing; every joint needs a name");
        }
        String idKey = j.has("id") ? "id" : "channel";
        if (!j.has(idKey)) {
            throw new FormatException(j.path() + "id: missing for joint " + name + " (or 'channel' for maestro)");
        }
        double lower = angle(j, "lower", name, Double.NaN);
        double upper = angle(j, "upper", name, Double.NaN);
        double vmax = j.has("maxVelocityRadPerSec") || j.has("maxVelocityDegPerSec")
                ? angle(j, "maxVelocity", name, Double.NaN) : Double.POSITIVE_INFINITY;
        return new JointConfig(name, j.integer(idKey), j.integer("direction", 1),
                angle(j, "zeroOffset", name, 0), lower, upper, vmax);
    }

    /** Reads {@code <key>Rad} or {@code <key>Deg} (or {@code <key>RadPerSec}/{@code DegPerSec}) in radians. */
    private static double angle(Fields j, String key, String joint, double dflt) throws FormatException {
        String suffix = key.equals("maxVelocity") ? "PerSec" : "";
        String rad = key + "Rad" + suffix;
        String deg = key + "Deg" + suffix;
        if (j.has(rad) && j.has(deg)) {
            throw new FormatException(j.path() + rad + ": joint " + joint + ": give " + key + " in Rad or Deg, not both");
        }
        if (!j.has(rad) && !j.has(deg)) {
            if (Double.isNaN(dflt)) {
                throw new FormatException(j.path() + rad + ": missing for joint " + joint + " (or '" + deg + "')");
            }
            return dflt;
        }
        return j.has(rad) ? j.number(rad) : Math.toRadians(j.number(deg));
    }

    private static ServoUnits units(Fields top, ServoUnits d) throws FormatException {
        if (!top.has("units")) {
            return d;
        }
        Fields u = top.object("units", UNITS);
        return new ServoUnits(u.number("unitsPerRad", d.unitsPerRad()), u.number("centerUnits", d.centerUnits()),
                u.number("radPerSecPerVelocityUnit", d.radPerSecPerVelocityUnit()));
    }
}
