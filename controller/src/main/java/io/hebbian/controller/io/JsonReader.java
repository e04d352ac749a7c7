package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field access on a JSON tree that fails with {@link ModelFormatException}s naming the field path.
 * Package-private helpers shared by the file readers of this package.
 */
final class JsonReader {

    private JsonReader() {
    }

    static JsonNode require(JsonNode node, String field, String path) throws ModelFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new ModelFormatException(path + field + ": missing");
        }
        return v;
    }

    static String requireText(JsonNode node, String field, String path) throws ModelFormatException {
        JsonNode v = require(node, field, path);
        if (!v.isTextual()) {
            throw new ModelFormatException(path + field + ": expected a string, got " + v.getNodeType());
        }
        return v.asText();
    }

    static int requireInt(JsonNode node, String field, String path) throws ModelFormatException {
        JsonNode v = require(node, field, path);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ModelFormatException(path + field + ": expected an integer, got " + v);
        }
        return v.intValue();
    }

    static double requireDouble(JsonNode node, String field, String path) throws ModelFormatException {
        JsonNode v = require(node, field, path);
        return finite(v, path + field);
    }

    static double optionalDouble(JsonNode node, String field, String path, double fallback)
            throws ModelFormatException {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : finite(v, path + field);
    }

    static double finite(JsonNode v, String where) throws ModelFormatException {
        if (!v.isNumber()) {
            throw new ModelFormatException(where + ": expected a number, got " + v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new ModelFormatException(where + ": value is not finite: " + v);
        }
        return d;
    }

    static double[] requireDoubles(JsonNode node, String field, String path, int expectedLength, String shapeNote)
            throws ModelFormatException {
        JsonNode v = require(node, field, path);
        if (!v.isArray()) {
            throw new ModelFormatException(path + field + ": expected an array of numbers, got " + v.getNodeType());
        }
        if (expectedLength >= 0 && v.size() != expectedLength) {
            throw new ModelFormatException(path + field + ": expected " + expectedLength + " values" + shapeNote
                    + ", got " + v.size());
        }
        double[] a = new double[v.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = finite(v.get(k), path + field + "[" + k + "]");
        }
        return a;
    }

    static JsonNode requireArray(JsonNode node, String field, String path) throws ModelFormatException {
        JsonNode v = require(node, field, path);
        if (!v.isArray() || v.isEmpty()) {
            throw new ModelFormatException(path + field + ": expected a non-empty array");
        }
        return v;
    }

    static void expectFormat(JsonNode root, String format, int version) throws ModelFormatException {
        if (!root.isObject()) {
            throw new ModelFormatException("expected a JSON object at the top level");
        }
        String f = requireText(root, "format", "");
        if (!f.equals(format)) {
            throw new ModelFormatException("format: expected '" + format + "', got '" + f + "'");
        }
        int v = requireInt(root, "version", "");
        if (v != version) {
            throw new ModelFormatException("version: this build reads version " + version + " of '" + format
                    + "', the file has version " + v);
        }
    }
}
