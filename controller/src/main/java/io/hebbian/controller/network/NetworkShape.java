package io.hebbian.controller.network;

import java.util.Arrays;

/**
 * Layer sizes of a fully connected, bias-free feed-forward network, input first:
 * {@code [28, 128, 64, 8]} has three weight layers (28→128, 128→64, 64→8).
 *
 * <p>Weights of layer {@code l} are stored row-major as (out × in): the synapse from input
 * {@code i} to output {@code j} sits at index {@code j * in + i}.
 */
public record NetworkShape(int[] sizes) {

    /** Validates and defensively copies the sizes. */
    public NetworkShape {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output size, got "
                    + Arrays.toString(sizes));
        }
        sizes = sizes.clone();
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] <= 0) {
                throw new IllegalArgumentException("layer size " + k + " must be positive, got " + sizes[k]
                        + " in " + Arrays.toString(sizes));
            }
        }
    }

    /** Shape {@code [inputs, hidden..., outputs]}. */
    public static NetworkShape of(int inputs, int[] hidden, int outputs) {
        int[] s = new int[hidden.length + 2];
        s[0] = inputs;
        System.arraycopy(hidden, 0, s, 1, hidden.length);
        s[s.length - 1] = outputs;
        return new NetworkShape(s);
    }

    /** The paper's hidden layers for the quadruped: 128 and 64 neurons. */
    public static int[] paperHidden() {
        return new int[] {128, 64};
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** Number of weight layers (one less than the number of sizes). */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** Inputs of weight layer {@code layer}. */
    public int in(int layer) {
        return sizes[layer];
    }

    /** Outputs of weight layer {@code layer}. */
    public int out(int layer) {
        return sizes[layer + 1];
    }

    /** Synapses (weights) in layer {@code layer}: in × out. */
    public int synapses(int layer) {
        return sizes[layer] * sizes[layer + 1];
    }

    /** Synapses over all layers: 12,288 for the paper's [28, 128, 64, 8]. */
    public int totalSynapses() {
        int n = 0;
        for (int l = 0; l < layerCount(); l++) {
            n += synapses(l);
        }
        return n;
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkShape other && Arrays.equals(sizes, other.sizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return Arrays.toString(sizes);
    }
}
