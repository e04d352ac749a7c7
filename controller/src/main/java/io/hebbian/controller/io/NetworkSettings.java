package io.hebbian.controller.io;

import io.hebbian.controller.network.ActionFilter;
import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;

/**
 * How a network is run: initial weights each episode, per-update weight normalisation and when the rule is
 * applied (plastic networks), and the first-order filter on the actions (every kind).
 *
 * @param actionFilter coefficient α in (0, 1] of {@code a_t = a_{t-1} + α·(raw_t − a_{t-1})}; 1 for none
 */
public record NetworkSettings(WeightInit init, WeightNormalization normalization, PlasticitySchedule schedule,
                              double actionFilter) {

    /** No action filter. */
    public static final double NO_FILTER = ActionFilter.NONE;

    public NetworkSettings {
        if (init == null || normalization == null || schedule == null) {
            throw new IllegalArgumentException("network settings need an init, a normalisation and a schedule");
        }
        ActionFilter.checkAlpha(actionFilter);
    }

    /** Plasticity every control step (the paper's schedule), no action filter. */
    public NetworkSettings(WeightInit init, WeightNormalization normalization) {
        this(init, normalization, PlasticitySchedule.EVERY_STEP, NO_FILTER);
    }

    /** No action filter. */
    public NetworkSettings(WeightInit init, WeightNormalization normalization, PlasticitySchedule schedule) {
        this(init, normalization, schedule, NO_FILTER);
    }

    /** The paper's quadruped: U(-0.1, 0.1) initial weights, no normalisation, an update every step. */
    public static NetworkSettings paper() {
        return new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.NONE);
    }

    /** A copy with other initial weights. */
    public NetworkSettings withInit(WeightInit newInit) {
        return new NetworkSettings(newInit, normalization, schedule, actionFilter);
    }

    /** A copy with another action filter. */
    public NetworkSettings withActionFilter(double alpha) {
        return new NetworkSettings(init, normalization, schedule, alpha);
    }
}
