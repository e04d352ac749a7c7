package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.NetworkShape;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code layers} of a {@code "rule": "gru"} model file. Exactly two: layer 0 is the GRU layer,
 * {@code in} inputs and {@code out} units, with the textbook matrices {@code Wz}, {@code Wr},
 * {@code Wn} (out × in) and {@code Uz}, {@code Ur}, {@code Un} (out × out), row-major; layer 1 is
 * the tanh output layer with {@code W} (out × in). See {@link GruWeights} for the equations' names.
 */
final class GruLayers {

    /** Keys a GRU model's layers may have. */
    static final String[] KEYS = {"in", "out", "Wz", "Uz", "Wr", "Ur", "Wn", "Un", "W"};

    private GruLayers() {
    }

    static GruWeights read(List<Fields> layers, NetworkShape shape) throws FormatException {
        if (layers.size() != 2) {
            throw new FormatException("layers: a gru model has 2 layers (the GRU layer and the output layer), got "
                    + layers.size());
        }
        Fields gru = layers.get(0);
        Fields out = layers.get(1);
        if (gru.has("W")) {
            throw new FormatException(gru.path() + "W: the GRU layer holds Wz, Uz, Wr, Ur, Wn and Un, not W");
        }
        for (GruWeights.Gate g : GruWeights.Gate.values()) {
            for (String key : new String[] {"W" + g.key(), "U" + g.key()}) {
                if (out.has(key)) {
                    throw new FormatException(out.path() + key + ": the output layer holds only W");
                }
            }
        }
        int n = shape.in(0);
        int h = shape.out(0);
        List<double[]> input = new ArrayList<>();
        List<double[]> recurrent = new ArrayList<>();
        for (GruWeights.Gate g : GruWeights.Gate.values()) {
            input.add(gru.numbers("W" + g.key(), h * n, " (" + h + " units x " + n + " inputs)"));
            recurrent.add(gru.numbers("U" + g.key(), h * h, " (" + h + " units x " + h + " units)"));
        }
        double[] w = out.numbers("W", shape.synapses(1), " (" + shape.out(1) + " out x " + shape.in(1) + " in)");
        return GruWeights.of(shape, input, recurrent, w);
    }

    /** Appends the two layers to {@code layers} (Modified). */
    static void write(GruWeights weights, ArrayNode layers) {
        NetworkShape shape = weights.shape();
        ObjectNode gru = layers.addObject();
        gru.put("in", shape.in(0));
        gru.put("out", shape.out(0));
        for (GruWeights.Gate g : GruWeights.Gate.values()) {
            ModelFile.putArray(gru, "W" + g.key(), weights.inputWeights(g));
            ModelFile.putArray(gru, "U" + g.key(), weights.recurrentWeights(g));
        }
        ObjectNode out = layers.addObject();
        out.put("in", shape.in(1));
        out.put("out", shape.out(1));
        ModelFile.putArray(out, "W", weights.outputWeights());
    }
}
