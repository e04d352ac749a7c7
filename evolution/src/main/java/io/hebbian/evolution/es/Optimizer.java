package io.hebbian.evolution.es;

import java.util.Locale;

/** How the ES turns its gradient estimate into a step. */
public enum Optimizer {
    /** Plain gradient ascent, as the paper's reference code. */
    SGD,
    /** Adam (β1 0.9, β2 0.999, ε 1e-8), as OpenAI's ES and the DESIGN prototype. */
    ADAM;

    public static Optimizer fromId(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown optimizer '" + id + "'; expected sgd or adam");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
