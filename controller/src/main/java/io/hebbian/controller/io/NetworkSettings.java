package io.hebbian.controller.io;

import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;

/**
 * How a plastic network is run: initial weights each episode and per-step weight normalisation.
 */
public record NetworkSettings(WeightInit init, WeightNormalization normalization) {

    /** The paper's quadruped: U(-0.1, 0.1) initial weights, no normalisation. */
    public static NetworkSettings paper() {
        return new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.NONE);
    }
}
