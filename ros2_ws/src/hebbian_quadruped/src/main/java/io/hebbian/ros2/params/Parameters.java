package io.hebbian.ros2.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node's parameters by name, with typed getters whose errors name the parameter and the bad
 * value. Nodes read their parameters themselves (rcljava ignores {@code --params-file}).
 */
public final class Parameters {

    private final Map<String, Object> values;

    /** @param values parameter values: String, Number, Boolean or List of those (copied) */
    public Parameters(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Parameters empty() {
        return new Parameters(Map.of());
    }

    /** A copy with {@code name} set to {@code value}, as a command-line override. */
    public Parameters with(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(name, value);
        return new Parameters(m);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Throws if any parameter is not in {@code known}: a parameter the node does not read is an error,
     * never silently ignored (typos in YAML files, a file meant for another node). One message names
     * every unknown parameter, in the order given, and lists the known ones.
     */
    public void requireKnown(Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                unknown.add("'" + name + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException((unknown.size() == 1 ? "unknown parameter " : "unknown parameters ")
                    + String.join(", ", unknown) + " (this node reads none of them); known: " + new TreeSet<>(known));
        }
    }

    public boolean has(String name) {
        return values.containsKey(name) && values.get(name) != null;
    }

    public String string(String name, String defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw bad(name, v, "a string");
    }

    public String requireString(String name) {
        String s = string(name, null);
        if (s == null || s.isBlank()) {
            throw new ParameterException("parameter '" + name + "' is required");
        }
        return s;
    }

    public double number(String name, double defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw bad(name, v, "a number");
            }
        }
        throw bad(name, v, "a number");
    }

    public long integer(String name, long defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw bad(name, v, "an integer");
            }
        }
        throw bad(name, v, "an integer");
    }

    public boolean bool(String name, boolean defaultValue) {
        Object v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw bad(name, v, "true or false");
    }

    /** A list of strings; a comma-separated string is accepted too. Empty list if absent. */
    public List<String> strings(String name) {
        Object v = values.get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof String s) || s.isBlank()) {
                    throw bad(name, v, "a list of non-empty strings");
                }
                out.add(s);
            }
            return out;
        }
        if (v instanceof String s) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
            return out;
        }
        throw bad(name, v, "a list of strings");
    }

    private static ParameterException bad(String name, Object v, String expected) {
        return new ParameterException("parameter '" + name + "': expected " + expected + ", got '" + v + "'");
    }
}
