package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes network weights ({@code "format": "hebbian-weights", "version": 1}):
 * {@code layers[l]} has {@code in}, {@code out} and a row-major (out × in) {@code W} array.
 */
public final class WeightsFile {

    public static final String FORMAT = "hebbian-weights";
    public static final int VERSION = 1;

    private WeightsFile() {
    }

    public static NetworkWeights read(Path file) throws IOException, FormatException {
        JsonNode root = ModelFile.readTree(file);
        try {
            Fields.expectFormat(root, FORMAT, VERSION);
            Fields top = Fields.of(root, "", "format", "version", "layers");
            top.nonEmptyArray("layers");
            List<Fields> layers = top.objects("layers", "in", "out", "W");
            NetworkShape shape = ModelFile.readShape(layers);
            return ModelFile.readWeights(layers, shape);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage(), e);
        }
    }

    public static ObjectNode toJson(NetworkWeights weights) {
        ObjectNode root = ModelFile.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode layers = root.putArray("layers");
        NetworkShape shape = weights.shape();
        for (int l = 0; l < shape.layerCount(); l++) {
            ObjectNode layer = layers.addObject();
            layer.put("in", shape.in(l));
            layer.put("out", shape.out(l));
            ModelFile.putArray(layer, "W", weights.layer(l));
        }
        return root;
    }

    public static void write(NetworkWeights weights, Path file) throws IOException {
        AtomicFiles.write(file, ModelFile.MAPPER.writeValueAsBytes(toJson(weights)));
    }
}
