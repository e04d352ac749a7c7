package io.hebbian.controller.network;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The paper's baseline: the same bias-free tanh network with directly evolved, fixed weights.
 * Not thread-safe; {@link #act} allocates nothing.
 */
public final class StaticNetwork implements Policy {

    private final NetworkWeights weights;
    private final double[][] w;
    private final double[][] activations;
    private final LayerKernel kernel = LayerKernels.best();
    private final ActionFilter filter;

    public StaticNetwork(NetworkWeights weights) {
        this(weights, ActionFilter.NONE);
    }

    /** @param actionFilter coefficient α in (0, 1] of the first-order filter on the actions (1: none) */
    public StaticNetwork(NetworkWeights weights, double actionFilter) {
        this.weights = weights;
        this.filter = new ActionFilter(actionFilter, weights.shape().outputSize());
        NetworkShape shape = weights.shape();
        this.w = new double[shape.layerCount()][];
        this.activations = new double[shape.layerCount() + 1][];
        activations[0] = new double[shape.inputSize()];
        for (int l = 0; l < w.length; l++) {
            w[l] = weights.layer(l);
            activations[l + 1] = new double[shape.out(l)];
        }
    }

    @Override
    public int inputSize() {
        return weights.shape().inputSize();
    }

    @Override
    public int outputSize() {
        return weights.shape().outputSize();
    }

    /** Static weights do not change between episodes; {@code rng} is ignored. Restarts the action filter. */
    @Override
    public void reset(RandomGenerator rng) {
        filter.reset();
    }

    @Override
    public void act(double[] observation, double[] action) {
        if (observation.length != inputSize() || action.length != outputSize()) {
            throw new IllegalArgumentException("expected " + inputSize() + " inputs and " + outputSize()
                    + " outputs, got " + observation.length + " and " + action.length);
        }
        System.arraycopy(observation, 0, activations[0], 0, observation.length);
        for (int l = 0; l < w.length; l++) {
            kernel.forward(w[l], activations[l], activations[l + 1]);
        }
        System.arraycopy(activations[w.length], 0, action, 0, action.length);
        filter.apply(action);
    }

    /** The action filter's coefficient α (1: none). */
    public double actionFilter() {
        return filter.alpha();
    }

    @Override
    public void weightNorms(double[] norms) {
        for (int l = 0; l < w.length; l++) {
            norms[l] = HebbianNetwork.frobeniusNorm(w[l]);
        }
    }

    @Override
    public List<WeightMatrix> weightMatrices() {
        return weights().matrices();
    }

    /** A copy of the current weights. */
    public NetworkWeights weights() {
        return weights;
    }
}
