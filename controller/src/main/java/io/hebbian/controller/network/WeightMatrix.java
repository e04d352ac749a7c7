package io.hebbian.controller.network;

/**
 * One weight matrix of a policy, row-major (out × in): the weight from input {@code i} to output
 * {@code j} at index {@code j * in + i}. What norms, weight snapshots and plots see of a layer,
 * whatever the network around it. Immutable: the array is copied in and out.
 *
 * @param in     inputs (columns), at least 1
 * @param out    outputs (rows), at least 1
 * @param values {@code out × in} weights
 */
public record WeightMatrix(int in, int out, double[] values) {

    public WeightMatrix {
        if (in <= 0 || out <= 0) {
            throw new IllegalArgumentException("a weight matrix needs positive sizes, got " + out + " out x " + in
                    + " in");
        }
        if (values.length != in * out) {
            throw new IllegalArgumentException("a " + out + " out x " + in + " in matrix needs " + in * out
                    + " weights, got " + values.length);
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Frobenius norm. */
    public double norm() {
        return HebbianNetwork.frobeniusNorm(values);
    }
}
