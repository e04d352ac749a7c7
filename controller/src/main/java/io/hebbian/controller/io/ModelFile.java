package io.hebbian.controller.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.PlasticitySchedule;
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
 * {@code W} array per layer; GRU models {@code "rule": "gru"} and the layers of {@link GruLayers}. Optional sections: {@code network}, {@code observation}, {@code action},
 * {@code robot}, {@code physics}, {@code training}.
 */
public final class ModelFile {

    public static final String FORMAT = "hebbian-coefficients";
    public static final int VERSION = 1;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** Reads and validates a model file; errors name the file and the field. */
    public static PolicyModel read(Path file) throws IOException, FormatException {
        JsonNode root = readTree(file);
        try {
            return fromJson(root);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode readTree(Path file) throws IOException, FormatException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new FormatException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (java.io.FileNotFoundException e) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
    }

    /** Keys of the top-level object. */
    static final String[] TOP_KEYS = {"format", "version", "rule", "robot", "network", "layers", "observation",
        "action", "physics", "training"};
    /** Keys of a layer: its size, the terms of a rule and the (initial or static) weights. */
    static final String[] LAYER_KEYS = {"in", "out", "A", "B", "C", "D", "eta", "W"};

    /**
     * Parses a model from a JSON tree. Unknown keys are errors; {@code W} must be in every layer or in
     * none, and {@code network.init.kind: fixed} needs it.
     */
    public static PolicyModel fromJson(JsonNode root) throws FormatException {
        Fields.expectFormat(root, FORMAT, VERSION);
        Fields top = Fields.of(root, "", TOP_KEYS);
        String ruleName = top.text("rule");
        boolean isStatic = PolicyParameters.Static.RULE.equals(ruleName);
        boolean isGru = PolicyParameters.Recurrent.RULE.equals(ruleName);
        PlasticityRule rule = null;
        if (!isStatic && !isGru) {
            try {
                rule = PlasticityRule.fromName(ruleName);
            } catch (IllegalArgumentException e) {
                throw new FormatException("rule: " + e.getMessage() + ", static or gru");
            }
        }
        top.nonEmptyArray("layers");
        List<Fields> layers = top.objects("layers", isGru ? GruLayers.KEYS : LAYER_KEYS);
        NetworkShape shape = readShape(layers);
        NetworkSettings settings = readNetwork(top);
        PolicyParameters params;
        if (isGru) {
            params = new PolicyParameters.Recurrent(GruLayers.read(layers, shape));
        } else if (isStatic) {
            weightsInAllOrNone(layers);
            params = new PolicyParameters.Static(readWeights(layers, shape));
        } else {
            List<Map<Term, double[]>> arrays = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                Fields layer = layers.get(l);
                Map<Term, double[]> m = new EnumMap<>(Term.class);
                for (Term t : Term.values()) {
                    if (rule.has(t)) {
                        m.put(t, layer.numbers(t.key(), shape.synapses(l), note(shape, l)));
                    } else if (layer.has(t.key())) {
                        throw new FormatException(layer.path() + t.key() + ": rule " + rule + " has no term " + t.key());
                    }
                }
                arrays.add(m);
            }
            params = new PolicyParameters.Hebbian(HebbianCoefficients.fromTermArrays(rule, shape, arrays));
            if (weightsInAllOrNone(layers)) {
                settings = settings.withInit(new WeightInit.Fixed(readWeights(layers, shape)));
            } else if (declaresFixedInit(top)) {
                throw new FormatException("network.init.kind: fixed needs a W array in every layer; the layers have none");
            }
        }
        var observation = top.has("observation")
                ? Optional.of(SpecJson.readObservation(top.require("observation"), "observation."))
                : Optional.<io.hebbian.controller.spec.ObservationSpec>empty();
        var action = top.has("action")
                ? Optional.of(SpecJson.readAction(top.require("action"), "action."))
                : Optional.<io.hebbian.controller.spec.ActionSpec>empty();
        Optional<String> robot = top.has("robot") ? Optional.of(top.text("robot")) : Optional.empty();
        try {
            return new PolicyModel(params, settings, observation, action, robot,
                    objectOrNull(root, "physics"), objectOrNull(root, "training"));
        } catch (IllegalArgumentException e) {
            throw new FormatException(e.getMessage());
        }
    }

    private static boolean declaresFixedInit(Fields top) {
        JsonNode kind = top.node().path("network").path("init").path("kind");
        return kind.isTextual() && kind.asText().equals("fixed");
    }

    /** Whether the layers carry W; FormatException if some do and some do not. */
    private static boolean weightsInAllOrNone(List<Fields> layers) throws FormatException {
        List<Integer> with = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            (layers.get(l).has("W") ? with : without).add(l);
        }
        if (!with.isEmpty() && !without.isEmpty()) {
            throw new FormatException("layers: W must be in every layer or in none; layers " + with
                    + " have it, layers " + without + " do not");
        }
        return !with.isEmpty();
    }

    private static ObjectNode objectOrNull(JsonNode root, String field) throws FormatException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new FormatException(field + ": expected an object");
        }
        return (ObjectNode) n;
    }

    private static String note(NetworkShape shape, int l) {
        return " (" + shape.out(l) + " out x " + shape.in(l) + " in)";
    }

    static NetworkShape readShape(List<Fields> layers) throws FormatException {
        int[] sizes = new int[layers.size() + 1];
        for (int l = 0; l < layers.size(); l++) {
            String p = layers.get(l).path();
            int in = layers.get(l).integer("in");
            int out = layers.get(l).integer("out");
            if (in <= 0 || out <= 0) {
                throw new FormatException(p + "in/out must be positive, got in " + in + ", out " + out);
            }
            if (l > 0 && in != sizes[l]) {
                throw new FormatException(p + "in: layers do not chain: layer " + (l - 1) + " has "
                        + sizes[l] + " outputs but layer " + l + " has " + in + " inputs");
            }
            sizes[l] = in;
            sizes[l + 1] = out;
        }
        return new NetworkShape(sizes);
    }

    static NetworkWeights readWeights(List<Fields> layers, NetworkShape shape) throws FormatException {
        double[][] w = new double[shape.layerCount()][];
        for (int l = 0; l < w.length; l++) {
            w[l] = layers.get(l).numbers("W", shape.synapses(l), note(shape, l));
        }
        return new NetworkWeights(shape, w);
    }

    private static NetworkSettings readNetwork(Fields top) throws FormatException {
        Optional<Fields> section = top.optionalObject("network", "init", "normalization", "plasticity", "actionFilter");
        if (section.isEmpty()) {
            return NetworkSettings.paper();
        }
        Fields n = section.get();
        WeightNormalization norm = WeightNormalization.NONE;
        if (n.has("normalization")) {
            try {
                norm = WeightNormalization.fromId(n.text("normalization"));
            } catch (IllegalArgumentException e) {
                throw new FormatException("network.normalization: " + e.getMessage());
            }
        }
        WeightInit init = WeightInit.paperUniform();
        Optional<Fields> i = n.optionalObject("init", "kind", "halfWidth", "sigma");
        if (i.isPresent()) {
            String kind = i.get().text("kind");
            try {
                init = switch (kind) {
                    case "uniform" -> new WeightInit.Uniform(i.get().number("halfWidth", 0.1));
                    case "normal" -> new WeightInit.Normal(i.get().number("sigma", 0.1));
                    case "fixed" -> WeightInit.paperUniform(); // replaced by the layers' W arrays (checked by the caller)
                    default -> throw new FormatException("network.init.kind: unknown '" + kind
                            + "'; expected uniform, normal or fixed");
                };
            } catch (IllegalArgumentException e) {
                throw new FormatException("network.init: " + e.getMessage());
            }
        }
        double filter = n.number("actionFilter", NetworkSettings.NO_FILTER);
        try {
            return new NetworkSettings(init, norm, readSchedule(n), filter);
        } catch (IllegalArgumentException e) {
            throw new FormatException("network.actionFilter: " + e.getMessage());
        }
    }

    /** {@code network.plasticity}: {@code {interval, window}} in control steps; absent means every step. */
    private static PlasticitySchedule readSchedule(Fields network) throws FormatException {
        Optional<Fields> p = network.optionalObject("plasticity", "interval", "window");
        if (p.isEmpty()) {
            return PlasticitySchedule.EVERY_STEP;
        }
        int interval = p.get().integer("interval");
        int window = p.get().integer("window");
        try {
            return new PlasticitySchedule(interval, window);
        } catch (IllegalArgumentException e) {
            throw new FormatException("network.plasticity: " + e.getMessage());
        }
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
        PlasticitySchedule schedule = model.network().schedule();
        if (!schedule.isEveryStep()) {
            net.putObject("plasticity").put("interval", schedule.interval()).put("window", schedule.window());
        }
        if (model.network().actionFilter() != NetworkSettings.NO_FILTER) {
            net.put("actionFilter", model.network().actionFilter());
        }
        ArrayNode layers = root.putArray("layers");
        if (model.parameters() instanceof PolicyParameters.Recurrent g) {
            GruLayers.write(g.weights(), layers);
        } else {
            writeLayers(model, layers);
        }
        model.observation().ifPresent(o -> root.set("observation", SpecJson.write(o)));
        model.action().ifPresent(a -> root.set("action", SpecJson.write(a)));
        root.set("physics", model.physics());
        root.set("training", model.training());
        return root;
    }

    /** The layers of a Hebbian or static model: sizes, rule terms and W. */
    private static void writeLayers(PolicyModel model, ArrayNode layers) {
        NetworkShape shape = model.parameters().shape();
        WeightInit wi = model.network().init();
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
