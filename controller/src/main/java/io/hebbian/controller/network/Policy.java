package io.hebbian.controller.network;

import java.util.random.RandomGenerator;

/**
 * A controller that maps one observation vector to one action vector per control step. Hebbian
 * and static-weights networks both implement it, so episodes, nodes and tools treat them alike.
 */
public interface Policy {

    int inputSize();

    int outputSize();

    /**
     * Starts a new episode. Plastic policies draw fresh initial weights from {@code rng};
     * static policies ignore it.
     */
    void reset(RandomGenerator rng);

    /**
     * Runs one control step.
     *
     * @param observation network input, length {@link #inputSize()} (Not modified)
     * @param action      receives the action in [-1, 1], length {@link #outputSize()} (Modified)
     */
    void act(double[] observation, double[] action);

    /** Frobenius norm of each layer's current weights, written into {@code norms} (Modified). */
    void weightNorms(double[] norms);

    /** A copy of the current weights. */
    NetworkWeights weights();
}
