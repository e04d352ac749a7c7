package io.hebbian.controller.network;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A controller that maps one observation vector to one action vector per control step. Hebbian,
 * static-weights and recurrent (GRU) networks all implement it, so episodes, nodes and tools treat
 * them alike.
 */
public interface Policy {

    int inputSize();

    int outputSize();

    /**
     * Starts a new episode. Plastic policies draw fresh initial weights from {@code rng};
     * static policies ignore it; recurrent ones clear their state.
     */
    void reset(RandomGenerator rng);

    /**
     * Runs one control step.
     *
     * @param observation network input, length {@link #inputSize()} (Not modified)
     * @param action      receives the action in [-1, 1], length {@link #outputSize()} (Modified)
     */
    void act(double[] observation, double[] action);

    /**
     * Frobenius norm of each of {@link #weightMatrices()}' current weights, in that order, written into
     * {@code norms} (Modified), of at least that length.
     */
    void weightNorms(double[] norms);

    /**
     * A copy of the current weights, one matrix per weight layer: the feed-forward layers, or a
     * recurrent network's cell and output matrices. Allocates; not for the control loop.
     */
    List<WeightMatrix> weightMatrices();
}
