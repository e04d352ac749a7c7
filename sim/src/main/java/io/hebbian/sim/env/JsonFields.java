package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import io.hebbian.controller.io.ModelFormatException;

/** Reads settings fields, failing with a {@link ModelFormatException} that names the field path. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode section(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    static double number(JsonNode node, String field, String path, double fallback) throws ModelFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new ModelFormatException(path + field + ": expected a finite number, got " + v);
        }
        return v.doubleValue();
    }

    static int integer(JsonNode node, String field, String path, int fallback) throws ModelFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ModelFormatException(path + field + ": expected an integer, got " + v);
        }
        return v.intValue();
    }

    static boolean bool(JsonNode node, String field, String path, boolean fallback) throws ModelFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ModelFormatException(path + field + ": expected true or false, got " + v);
        }
        return v.booleanValue();
    }

    static String text(JsonNode node, String field, String path, String fallback) throws ModelFormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new ModelFormatException(path + field + ": expected a string, got " + v);
        }
        return v.asText();
    }

    /** Runs a validating constructor, turning its IllegalArgumentException into a ModelFormatException. */
    static <T> T build(String path, java.util.function.Supplier<T> ctor) throws ModelFormatException {
        try {
            return ctor.get();
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(path + e.getMessage(), e);
        }
    }
}
