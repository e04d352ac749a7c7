package io.hebbian.controller.io;

import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.plasticity.HebbianCoefficients;

/** What a model file evolves: Hebbian coefficients, static weights, or a recurrent (GRU) network's weights. */
public sealed interface PolicyParameters {

    NetworkShape shape();

    /** The rule name as written in files: a plasticity rule such as {@code ABCD_eta}, {@code static} or {@code gru}. */
    String ruleName();

    /** Per-synapse Hebbian coefficients; weights start fresh every episode. */
    record Hebbian(HebbianCoefficients coefficients) implements PolicyParameters {
        @Override
        public NetworkShape shape() {
            return coefficients.shape();
        }

        @Override
        public String ruleName() {
            return coefficients.rule().name();
        }
    }

    /** Directly evolved, fixed weights: the paper's baseline. */
    record Static(NetworkWeights weights) implements PolicyParameters {
        /** The rule name of static-weights models. */
        public static final String RULE = "static";

        @Override
        public NetworkShape shape() {
            return weights.shape();
        }

        @Override
        public String ruleName() {
            return RULE;
        }
    }

    /** A GRU layer and a tanh output layer, every weight evolved and fixed: the recurrent baseline. */
    record Recurrent(GruWeights weights) implements PolicyParameters {
        /** The rule name of GRU models. */
        public static final String RULE = "gru";

        /** {@code [inputs, hidden units, outputs]}. */
        @Override
        public NetworkShape shape() {
            return weights.shape();
        }

        @Override
        public String ruleName() {
            return RULE;
        }
    }
}
