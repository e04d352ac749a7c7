package io.hebbian.controller.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The weights of every layer of a network, row-major (out × in) per layer. Immutable: arrays are
 * copied in and out. Used for static-weights policies and initial-weights files; snapshots go through
 * {@link WeightMatrix}.
 */
public final class NetworkWeights {

    private final NetworkShape shape;
    private final double[][] layers;

    /**
     * @param shape  the network shape
     * @param layers one array per weight layer, of length {@code shape.synapses(l)}; copied
     * @throws IllegalArgumentException on a layer count or length mismatch or a non-finite weight
     */
    public NetworkWeights(NetworkShape shape, double[][] layers) {
        if (layers.length != shape.layerCount()) {
            throw new IllegalArgumentException("expected " + shape.layerCount() + " weight layers for shape "
                    + shape + ", got " + layers.length);
        }
        this.shape = shape;
        this.layers = new double[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            if (layers[l].length != shape.synapses(l)) {
                throw new IllegalArgumentException("layer " + l + " needs " + shape.synapses(l) + " weights ("
                        + shape.out(l) + " out x " + shape.in(l) + " in), got " + layers[l].length);
            }
            for (int k = 0; k < layers[l].length; k++) {
                if (!Double.isFinite(layers[l][k])) {
                    throw new IllegalArgumentException("layer " + l + " weight " + k + " is not finite: "
                            + layers[l][k]);
                }
            }
            this.layers[l] = layers[l].clone();
        }
    }

    public NetworkShape shape() {
        return shape;
    }

    /** A copy of layer {@code layer}'s weights, row-major (out × in). */
    public double[] layer(int layer) {
        return layers[layer].clone();
    }

    /** Copies layer {@code layer}'s weights into {@code dst} (Modified), avoiding allocation. */
    public void copyLayerInto(int layer, double[] dst) {
        System.arraycopy(layers[layer], 0, dst, 0, layers[layer].length);
    }

    /** Every layer as a {@link WeightMatrix}, in layer order. */
    public List<WeightMatrix> matrices() {
        List<WeightMatrix> out = new ArrayList<>(layers.length);
        for (int l = 0; l < layers.length; l++) {
            out.add(new WeightMatrix(shape.in(l), shape.out(l), layers[l]));
        }
        return List.copyOf(out);
    }

    /** All weights concatenated layer after layer (the static-weights parameter vector). */
    public double[] flatten() {
        double[] flat = new double[shape.totalSynapses()];
        int offset = 0;
        for (double[] layer : layers) {
            System.arraycopy(layer, 0, flat, offset, layer.length);
            offset += layer.length;
        }
        return flat;
    }

    /** Inverse of {@link #flatten()}. */
    public static NetworkWeights unflatten(NetworkShape shape, double[] flat) {
        if (flat.length != shape.totalSynapses()) {
            throw new IllegalArgumentException("expected " + shape.totalSynapses() + " weights for shape " + shape
                    + ", got " + flat.length);
        }
        double[][] layers = new double[shape.layerCount()][];
        int offset = 0;
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new double[shape.synapses(l)];
            System.arraycopy(flat, offset, layers[l], 0, layers[l].length);
            offset += layers[l].length;
        }
        return new NetworkWeights(shape, layers);
    }
}
