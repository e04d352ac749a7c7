package io.hebbian.controller.io;

import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;

/**
 * How a plastic network is run: initial weights each episode, per-update weight normalisation, and when
 * the rule is applied.
 */
public record NetworkSettings(WeightInit init, WeightNormalization normalization, PlasticitySchedule schedule) {

    public NetworkSettings {
        if (init == null || normalization == null || schedule == null) {
            throw new IllegalArgumentException("network settings need an init, a normalisation and a schedule");
        }
    }

    /** Plasticity every control step (the paper's schedule). */
    public NetworkSettings(WeightInit init, WeightNormalization normalization) {
        this(init, normalization, PlasticitySchedule.EVERY_STEP);
    }

    /** The paper's quadruped: U(-0.1, 0.1) initial weights, no normalisation, an update every step. */
    public static NetworkSettings paper() {
        return new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.NONE);
    }

    /** A copy with other initial weights. */
    public NetworkSettings withInit(WeightInit newInit) {
        return new NetworkSettings(newInit, normalization, schedule);
    }
}
