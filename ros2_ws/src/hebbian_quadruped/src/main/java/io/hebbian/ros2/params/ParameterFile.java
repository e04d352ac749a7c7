package io.hebbian.ros2.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a ROS 2 parameter file ({@code <node>: {ros__parameters: {...}}}, as for
 * {@code --params-file}). Sections for {@code /**} and for the node name (with or without a leading
 * slash or namespace) are merged in that order. Nested maps flatten to dotted names.
 */
public final class ParameterFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ParameterFile() {
    }

    /**
     * @param file     the YAML file
     * @param nodeName the node's name, e.g. {@code hebbian_policy}
     * @throws ParameterException if the file is missing, not YAML or has no section for the node
     */
    public static Parameters load(Path file, String nodeName) {
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            root = YAML.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new ParameterException("parameter file not found: " + file);
        } catch (IOException e) {
            throw new ParameterException(file + ": not a valid YAML parameter file: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ParameterException(file + ": expected a map of node names to ros__parameters");
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        boolean found = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (matches(e.getKey(), nodeName)) {
                JsonNode p = e.getValue().get("ros__parameters");
                if (p == null || !p.isObject()) {
                    throw new ParameterException(file + ": section '" + e.getKey() + "' has no ros__parameters map");
                }
                flatten("", p, merged);
                found = true;
            }
        }
        if (!found) {
            throw new ParameterException(file + ": no section for node '" + nodeName + "' (or '/**')");
        }
        return new Parameters(merged);
    }

    /**
     * Several parameter files, as several {@code --params-file} arguments (what {@code ros2 launch} passes for
     * {@code parameters=[file, {...}]}): each is {@link #load loaded}, later files override earlier ones.
     *
     * @throws ParameterException as {@link #load}, for the first bad file
     */
    public static Parameters loadAll(List<Path> files, String nodeName) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path f : files) {
            merged.putAll(load(f, nodeName).asMap());
        }
        return new Parameters(merged);
    }

    private static boolean matches(String key, String nodeName) {
        if (key.equals("/**") || key.equals("**")) {
            return true;
        }
        String k = key.startsWith("/") ? key.substring(1) : key;
        return k.equals(nodeName) || k.endsWith("/" + nodeName);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(name + ".", v, out);
            } else {
                out.put(name, toJava(v));
            }
        }
    }

    private static Object toJava(JsonNode v) {
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(x -> list.add(toJava(x)));
            return list;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isNull()) {
            return null;
        }
        return v.asText();
    }
}
