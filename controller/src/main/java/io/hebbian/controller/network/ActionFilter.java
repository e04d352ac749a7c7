package io.hebbian.controller.network;

import java.util.Arrays;

/**
 * A first-order low-pass filter on a policy's actions, {@code a_t = a_{t-1} + α·(raw_t − a_{t-1})}, starting
 * from 0 (mid-range targets) at every reset: commands cannot jump, as in Leung et al. 2025 (α = 0.1 on real
 * robots). The network's own activity, which the Hebbian rule learns from, stays unfiltered. α = 1 passes
 * actions through unchanged. Allocates only at construction; one per network.
 */
public final class ActionFilter {

    /** The pass-through coefficient: no filtering. */
    public static final double NONE = 1.0;

    private final double alpha;
    private final double[] state;

    ActionFilter(double alpha, int size) {
        this.alpha = checkAlpha(alpha);
        this.state = new double[size];
    }

    /** {@code alpha} if it is a filter coefficient, within (0, 1]; throws otherwise. */
    public static double checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("action filter coefficient must be within (0, 1], 1 for none: " + alpha);
        }
        return alpha;
    }

    double alpha() {
        return alpha;
    }

    /** Back to the mid-range command (a new episode). */
    void reset() {
        Arrays.fill(state, 0);
    }

    /** Filters {@code action} (Modified) in place. */
    void apply(double[] action) {
        if (alpha == NONE) {
            return;
        }
        for (int k = 0; k < action.length; k++) {
            state[k] += alpha * (action[k] - state[k]);
            action[k] = state[k];
        }
    }
}
