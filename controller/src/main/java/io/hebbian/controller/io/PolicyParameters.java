package io.hebbian.controller.io;

import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.plasticity.HebbianCoefficients;

/** What a model file evolves: Hebbian coefficients, or static weights. */
public sealed interface PolicyParameters {

    NetworkShape shape();

    /** The rule name as written in files: a plasticity rule such as {@code ABCD_eta}, or {@code static}. */
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
}
