package io.hebbian.controller.network;

import io.hebbian.controller.numeric.FdlibmTanh;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The recurrent baseline: memory without plasticity. One GRU layer of {@code H} units over the
 * observation {@code x}, then a tanh output layer; every weight evolved and fixed, no biases (like
 * the Hebbian and static networks; the observation's gravity direction, about constant while
 * upright, gives the gates an offset where one helps). One {@link #act}, with σ(v) = ½(1 + tanh(v/2)):
 *
 * <pre>
 * z  = σ(W_z x + U_z h)            update gate
 * r  = σ(W_r x + U_r h)            reset gate
 * n  = tanh(W_n x + U_n (r ⊙ h))   candidate
 * h' = (1 − z) ⊙ n + z ⊙ h
 * action = tanh(W_o h')
 * </pre>
 *
 * <p>The state {@code h} is zero after {@link #reset}. Every tanh is {@link FdlibmTanh}'s and every
 * sum runs in a fixed order, so outputs are bit-identical on every JVM. Weight layout: {@link GruWeights}.
 * Not thread-safe; one instance per simulated robot. {@link #act} allocates nothing.
 */
public final class GruNetwork implements Policy {

    private final GruWeights weights;
    private final int inputs;
    private final int units;
    private final int outputs;
    /** 3H rows of [W_g | U_g], rows z, then r, then n. */
    private final double[] cell;
    private final double[] output;
    /** The cell's input column: x, then h (z and r) or r ⊙ h (n). */
    private final double[] xh;
    private final double[] z;
    private final double[] r;
    private final double[] h;
    private final double[] norms;
    private final ActionFilter filter;

    public GruNetwork(GruWeights weights) {
        this(weights, ActionFilter.NONE);
    }

    /** @param actionFilter coefficient α in (0, 1] of the first-order filter on the actions (1: none) */
    public GruNetwork(GruWeights weights, double actionFilter) {
        this.weights = weights;
        this.filter = new ActionFilter(actionFilter, weights.shape().outputSize());
        NetworkShape shape = weights.shape();
        this.inputs = shape.inputSize();
        this.units = shape.out(0);
        this.outputs = shape.outputSize();
        this.cell = new double[3 * units * (inputs + units)];
        weights.copyCellInto(cell);
        this.output = weights.outputWeights();
        this.xh = new double[inputs + units];
        this.z = new double[units];
        this.r = new double[units];
        this.h = new double[units];
        this.norms = new double[] {HebbianNetwork.frobeniusNorm(cell), HebbianNetwork.frobeniusNorm(output)};
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return outputs;
    }

    /** Sets the hidden state to zero and restarts the action filter; the weights are fixed, so {@code rng} is ignored. */
    @Override
    public void reset(RandomGenerator rng) {
        java.util.Arrays.fill(h, 0);
        filter.reset();
    }

    @Override
    public void act(double[] observation, double[] action) {
        if (observation.length != inputs || action.length != outputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs and " + outputs + " outputs, got "
                    + observation.length + " and " + action.length);
        }
        int columns = inputs + units;
        System.arraycopy(observation, 0, xh, 0, inputs);
        System.arraycopy(h, 0, xh, inputs, units);
        for (int j = 0; j < units; j++) {
            z[j] = sigmoid(dot(cell, j * columns, xh, columns));
            r[j] = sigmoid(dot(cell, (units + j) * columns, xh, columns));
        }
        for (int j = 0; j < units; j++) {
            xh[inputs + j] = r[j] * h[j];
        }
        for (int j = 0; j < units; j++) {
            double n = FdlibmTanh.tanh(dot(cell, (2 * units + j) * columns, xh, columns));
            h[j] = (1 - z[j]) * n + z[j] * h[j];
        }
        for (int k = 0; k < outputs; k++) {
            action[k] = FdlibmTanh.tanh(dot(output, k * units, h, units));
        }
        filter.apply(action);
    }

    /** σ(v) = ½(1 + tanh(v/2)): the logistic function through {@link FdlibmTanh}, for reproducible bits. */
    static double sigmoid(double v) {
        return 0.5 * (1 + FdlibmTanh.tanh(0.5 * v));
    }

    /**
     * {@code Σ_i w[offset + i]·x[i]} over {@code n} terms in four partial sums over {@code i mod 4},
     * added as {@code (s0 + s1) + (s2 + s3)}: the order {@link LayerKernel} fixes for the other networks.
     */
    private static double dot(double[] w, int offset, double[] x, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int n4 = n & ~3;
        int i = 0;
        for (; i < n4; i += 4) {
            s0 += w[offset + i] * x[i];
            s1 += w[offset + i + 1] * x[i + 1];
            s2 += w[offset + i + 2] * x[i + 2];
            s3 += w[offset + i + 3] * x[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[offset + i] * x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Copies the hidden state {@code h} into {@code dst} (Modified), length H. */
    public void hiddenState(double[] dst) {
        System.arraycopy(h, 0, dst, 0, units);
    }

    /** The norms of the cell matrix (every gate's W and U) and of W_o: fixed, so the growth is 1. */
    @Override
    public void weightNorms(double[] norms) {
        System.arraycopy(this.norms, 0, norms, 0, this.norms.length);
    }

    /** The cell matrix and W_o ({@link GruWeights#matrices()}). */
    @Override
    public List<WeightMatrix> weightMatrices() {
        return weights.matrices();
    }
}
