package io.hebbian.controller.io;

import static io.hebbian.controller.io.JsonReader.expectFormat;
import static io.hebbian.controller.io.JsonReader.optionalDouble;
import static io.hebbian.controller.io.JsonReader.requireArray;
import static io.hebbian.controller.io.JsonReader.requireDoubles;
import static io.hebbian.controller.io.JsonReader.requireInt;
import static io.hebbian.controller.io.JsonReader.requireText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.Term;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the coefficients file ({@code "format": "hebbian-coefficients", "version": 1}).
 *
 * <p>Layout: {@code layers[l]} has {@code in}, {@code out} and, for a plasticity rule, one
 * row-major (out × in) array per evolved term ({@code A}, {@code B}, {@code C}, {@code D},
 * {@code eta}); index {@code j*in + i}. A Hebbian layer may also carry {@code W}: co-evolved initial
 * weights, used instead of random ones. Static-weights models have {@code "rule": "static"} and a
 * {@code W} array per layer. Optional sections: {@code network}, {@code observation}, {@code action},
 * {@code robot}, {@code physics}, {@code training}.
 */
public final class ModelFile {

    public static final String FORMAT = "hebbian-coefficients";
    public static final int VERSION = 1;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** Reads and validates a model file; errors name the file and the field. */
    public static PolicyModel read(Path file) throws IOException, ModelFormatException {
        JsonNode root = readTree(file);
        try {
            return fromJson(root);
        } catch (ModelFormatException e) {
            throw new ModelFormatException(file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readTree(Path file) throws IOException, ModelFormatException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (java.io.FileNotFoundException e) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
    }

    /** Parses a model from a JSON tree. */
    public static PolicyModel fromJson(JsonNode root) throws ModelFormatException {
        expectFormat(root, FORMAT, VERSION);
        String ruleName = requireText(root, "rule", "");
        boolean isStatic = PolicyParameters.Static.RULE.equals(ruleName);
        PlasticityRule rule = null;
        if (!isStatic) {
            try {
                rule = PlasticityRule.fromName(ruleName);
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("rule: " + e.getMessage() + " or static");
            }
        }
        JsonNode layers = requireArray(root, "layers", "");
        NetworkShape shape = readShape(layers);
        NetworkSettings settings = readNetwork(root.get("network"));
        PolicyParameters params;
        if (isStatic) {
            params = new PolicyParameters.Static(readWeights(layers, shape, "layers"));
        } else {
            List<Map<Term, double[]>> arrays = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                JsonNode layer = layers.get(l);
                String p = "layers[" + l + "].";
                Map<Term, double[]> m = new EnumMap<>(Term.class);
                for (Term t : Term.values()) {
                    if (rule.has(t)) {
                        m.put(t, requireDoubles(layer, t.key(), p, shape.synapses(l), note(shape, l)));
                    } else if (layer.has(t.key())) {
                        throw new ModelFormatException(p + t.key() + ": rule " + rule + " has no term " + t.key());
                    }
                }
                arrays.add(m);
            }
            params = new PolicyParameters.Hebbian(HebbianCoefficients.fromTermArrays(rule, shape, arrays));
            if (layers.get(0).has("W")) {
                settings = new NetworkSettings(new WeightInit.Fixed(readWeights(layers, shape, "layers")),
                        settings.normalization());
            }
        }
        var observation = root.hasNonNull("observation")
                ? Optional.of(SpecJson.readObservation(root.get("observation"), "observation."))
                : Optional.<io.hebbian.controller.spec.ObservationSpec>empty();
        var action = root.hasNonNull("action")
                ? Optional.of(SpecJson.readAction(root.get("action"), "action."))
                : Optional.<io.hebbian.controller.spec.ActionSpec>empty();
        Optional<String> robot = root.hasNonNull("robot") ? Optional.of(requireText(root, "robot", "")) : Optional.empty();
        try {
            return new PolicyModel(params, settings, observation, action, robot,
                    objectOrNull(root, "physics"), objectOrNull(root, "training"));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(e.getMessage());
        }
    }

    private static ObjectNode objectOrNull(JsonNode root, String field) throws ModelFormatException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new ModelFormatException(field + ": expected an object");
        }
        return (ObjectNode) n;
    }

    private static String note(NetworkShape shape, int l) {
        return " (" + shape.out(l) + " out x " + shape.in(l) + " in)";
    }

    static NetworkShape readShape(JsonNode layers) throws ModelFormatException {
        int[] sizes = new int[layers.size() + 1];
        for (int l = 0; l < layers.size(); l++) {
            String p = "layers[" + l + "].";
            int in = requireInt(layers.get(l), "in", p);
            int out = requireInt(layers.get(l), "out", p);
            if (in <= 0 || out <= 0) {
                throw new ModelFormatException(p + "in/out must be positive, got in " + in + ", out " + out);
            }
            if (l > 0 && in != sizes[l]) {
                throw new ModelFormatException(p + "in: layers do not chain: layer " + (l - 1) + " has "
                        + sizes[l] + " outputs but layer " + l + " has " + in + " inputs");
            }
            sizes[l] = in;
            sizes[l + 1] = out;
        }
        return new NetworkShape(sizes);
    }

    static NetworkWeights readWeights(JsonNode layers, NetworkShape shape, String prefix) throws ModelFormatException {
        double[][] w = new double[shape.layerCount()][];
        for (int l = 0; l < w.length; l++) {
            w[l] = requireDoubles(layers.get(l), "W", prefix + "[" + l + "].", shape.synapses(l), note(shape, l));
        }
        return new NetworkWeights(shape, w);
    }

    private static NetworkSettings readNetwork(JsonNode n) throws ModelFormatException {
        if (n == null || n.isNull()) {
            return NetworkSettings.paper();
        }
        WeightNormalization norm = WeightNormalization.NONE;
        if (n.has("normalization")) {
            try {
                norm = WeightNormalization.fromId(requireText(n, "normalization", "network."));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("network.normalization: " + e.getMessage());
            }
        }
        WeightInit init = WeightInit.paperUniform();
        JsonNode i = n.get("init");
        if (i != null && !i.isNull()) {
            String kind = requireText(i, "kind", "network.init.");
            try {
                init = switch (kind) {
                    case "uniform" -> new WeightInit.Uniform(optionalDouble(i, "halfWidth", "network.init.", 0.1));
                    case "normal" -> new WeightInit.Normal(optionalDouble(i, "sigma", "network.init.", 0.1));
                    case "fixed" -> WeightInit.paperUniform(); // replaced by the layers' W arrays
                    default -> throw new ModelFormatException("network.init.kind: unknown '" + kind
                            + "'; expected uniform, normal or fixed");
                };
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("network.init: " + e.getMessage());
            }
        }
        return new NetworkSettings(init, norm);
    }

    /** The JSON tree of a model. */
    public static ObjectNode toJson(PolicyModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("rule", model.parameters().ruleName());
        model.robot().ifPresent(r -> root.put("robot", r));
        ObjectNode net = root.putObject("network");
        ObjectNode init = net.putObject("init");
        WeightInit wi = model.network().init();
        if (wi instanceof WeightInit.Uniform u) {
            init.put("kind", "uniform").put("halfWidth", u.halfWidth());
        } else if (wi instanceof WeightInit.Normal g) {
            init.put("kind", "normal").put("sigma", g.sigma());
        } else {
            init.put("kind", "fixed");
        }
        net.put("normalization", model.network().normalization().id());
        NetworkShape shape = model.parameters().shape();
        ArrayNode layers = root.putArray("layers");
        for (int l = 0; l < shape.layerCount(); l++) {
            ObjectNode layer = layers.addObject();
            layer.put("in", shape.in(l));
            layer.put("out", shape.out(l));
            if (model.parameters() instanceof PolicyParameters.Hebbian h) {
                for (Term t : h.coefficients().rule().terms()) {
                    putArray(layer, t.key(), h.coefficients().termArray(l, t));
                }
                if (wi instanceof WeightInit.Fixed f) {
                    putArray(layer, "W", f.weights().layer(l));
                }
            } else {
                putArray(layer, "W", ((PolicyParameters.Static) model.parameters()).weights().layer(l));
            }
        }
        model.observation().ifPresent(o -> root.set("observation", SpecJson.write(o)));
        model.action().ifPresent(a -> root.set("action", SpecJson.write(a)));
        root.set("physics", model.physics());
        root.set("training", model.training());
        return root;
    }

    static void putArray(ObjectNode node, String field, double[] values) {
        ArrayNode a = node.putArray(field);
        for (double v : values) {
            a.add(v);
        }
    }

    /** Writes a model atomically (a crash leaves the old file or the new one). */
    public static void write(PolicyModel model, Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(toJson(model)));
    }
}
