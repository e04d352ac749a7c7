package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Strict, typed access to one JSON (or YAML) object of a file: every reader of the project's
 * files and sections goes through it. An object is opened with the list of keys it may have, so a
 * misspelt or unknown key is an error; required fields fail when missing, optional ones take the
 * caller's default; wrong types and non-finite numbers fail. Every message starts with the field
 * path, e.g. {@code physics.servo.maxTorqueNm: expected a finite number, got "strong"}.
 */
public final class Fields {

    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Opens an object.
     *
     * @param node  the object; anything else fails
     * @param path  prefix of every message, ending in {@code .} (e.g. {@code "physics."}), or empty at the top level
     * @param known the keys the object may have
     * @throws FormatException if {@code node} is not an object or has a key not in {@code known}
     */
    public static Fields of(JsonNode node, String path, String... known) throws FormatException {
        if (node == null || !node.isObject()) {
            throw new FormatException(where(path) + "expected an object, got "
                    + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType()));
        }
        Set<String> allowed = Set.of(known);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!allowed.contains(k)) {
                throw new FormatException(path + k + ": unknown key; known keys at "
                        + (path.isEmpty() ? "the top level" : path.substring(0, path.length() - 1)) + " are "
                        + new LinkedHashSet<>(List.of(known)));
            }
        }
        return new Fields(node, path);
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path.substring(0, path.length() - 1) + ": ";
    }

    /** Checks the {@code format} and {@code version} fields of a file's top-level object. */
    public static void expectFormat(JsonNode root, String format, int version) throws FormatException {
        if (root == null || !root.isObject()) {
            throw new FormatException("expected a JSON object at the top level");
        }
        Fields f = new Fields(root, "");
        String actual = f.text("format");
        if (!actual.equals(format)) {
            throw new FormatException("format: expected '" + format + "', got '" + actual + "'");
        }
        int v = f.integer("version");
        if (v != version) {
            throw new FormatException("version: this build reads version " + version + " of '" + format
                    + "', the file has version " + v);
        }
    }

    /** Runs a validating constructor, turning its IllegalArgumentException into a FormatException at {@code path}. */
    public static <T> T build(String path, Supplier<T> ctor) throws FormatException {
        try {
            return ctor.get();
        } catch (IllegalArgumentException e) {
            throw new FormatException(where(path) + e.getMessage(), e);
        }
    }

    /** The message prefix of this object, ending in {@code .} (empty at the top level). */
    public String path() {
        return path;
    }

    /** The object itself (Not modified). */
    public JsonNode node() {
        return node;
    }

    /** Whether {@code key} is present and not null. */
    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** A present, non-null field. */
    public JsonNode require(String key) throws FormatException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new FormatException(path + key + ": missing");
        }
        return v;
    }

    public String text(String key) throws FormatException {
        return text(require(key), path + key);
    }

    public String text(String key, String fallback) throws FormatException {
        return has(key) ? text(key) : fallback;
    }

    public int integer(String key) throws FormatException {
        JsonNode v = require(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new FormatException(path + key + ": expected an integer, got " + v);
        }
        return v.intValue();
    }

    public int integer(String key, int fallback) throws FormatException {
        return has(key) ? integer(key) : fallback;
    }

    public long longInteger(String key) throws FormatException {
        JsonNode v = require(key);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new FormatException(path + key + ": expected an integer, got " + v);
        }
        return v.longValue();
    }

    /** A finite number. */
    public double number(String key) throws FormatException {
        return finite(require(key), path + key);
    }

    public double number(String key, double fallback) throws FormatException {
        return has(key) ? number(key) : fallback;
    }

    public boolean bool(String key) throws FormatException {
        JsonNode v = require(key);
        if (!v.isBoolean()) {
            throw new FormatException(path + key + ": expected true or false, got " + v);
        }
        return v.booleanValue();
    }

    public boolean bool(String key, boolean fallback) throws FormatException {
        return has(key) ? bool(key) : fallback;
    }

    /** An array, possibly empty. */
    public JsonNode array(String key) throws FormatException {
        JsonNode v = require(key);
        if (!v.isArray()) {
            throw new FormatException(path + key + ": expected an array, got " + v.getNodeType());
        }
        return v;
    }

    public JsonNode nonEmptyArray(String key) throws FormatException {
        JsonNode v = array(key);
        if (v.isEmpty()) {
            throw new FormatException(path + key + ": expected a non-empty array");
        }
        return v;
    }

    /** An array of finite numbers of any length. */
    public double[] numbers(String key) throws FormatException {
        return numbers(key, -1, "");
    }

    /**
     * An array of finite numbers.
     *
     * @param expectedLength the required length, or -1 for any
     * @param shapeNote      appended to a length error, e.g. {@code " (64 out x 128 in)"}
     */
    public double[] numbers(String key, int expectedLength, String shapeNote) throws FormatException {
        JsonNode v = array(key);
        if (expectedLength >= 0 && v.size() != expectedLength) {
            throw new FormatException(path + key + ": expected " + expectedLength + " values" + shapeNote
                    + ", got " + v.size());
        }
        double[] a = new double[v.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = finite(v.get(k), path + key + "[" + k + "]");
        }
        return a;
    }

    public int[] integers(String key) throws FormatException {
        JsonNode v = array(key);
        int[] a = new int[v.size()];
        for (int k = 0; k < a.length; k++) {
            JsonNode e = v.get(k);
            if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                throw new FormatException(path + key + "[" + k + "]: expected an integer, got " + e);
            }
            a[k] = e.intValue();
        }
        return a;
    }

    public List<String> texts(String key) throws FormatException {
        JsonNode v = array(key);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            out.add(text(v.get(k), path + key + "[" + k + "]"));
        }
        return out;
    }

    /** A required nested object with its own known keys. */
    public Fields object(String key, String... known) throws FormatException {
        return of(require(key), path + key + ".", known);
    }

    /** A nested object, or empty when the key is absent or null. */
    public Optional<Fields> optionalObject(String key, String... known) throws FormatException {
        return has(key) ? Optional.of(object(key, known)) : Optional.empty();
    }

    /** The elements of an array of objects, each with the given known keys, paths {@code key[i].}. */
    public List<Fields> objects(String key, String... known) throws FormatException {
        JsonNode v = array(key);
        List<Fields> out = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            out.add(of(v.get(k), path + key + "[" + k + "].", known));
        }
        return out;
    }

    /** The value of a JSON number, failing at {@code where} unless it is a finite number. */
    public static double finite(JsonNode v, String where) throws FormatException {
        if (!v.isNumber()) {
            throw new FormatException(where + ": expected a number, got " + v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new FormatException(where + ": value is not finite: " + v);
        }
        return d;
    }

    private static String text(JsonNode v, String where) throws FormatException {
        if (!v.isTextual()) {
            throw new FormatException(where + ": expected a string, got " + v.getNodeType());
        }
        return v.asText();
    }
}
