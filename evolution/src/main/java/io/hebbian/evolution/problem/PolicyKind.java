package io.hebbian.evolution.problem;

import java.util.Locale;

/** What evolution searches over. */
public enum PolicyKind {
    /** Hebbian coefficients; weights random every episode (the paper's method). */
    HEBBIAN,
    /** Weights directly (the paper's baseline). */
    STATIC,
    /** Hebbian coefficients and the initial weights together (the paper's appendix). */
    COEVOLVE,
    /** The weights of a GRU layer and a tanh output layer: memory without plasticity (a baseline). */
    RECURRENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PolicyKind fromId(String id) {
        try {
            return valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown policy kind '" + id + "'; expected hebbian, static, coevolve or recurrent");
        }
    }
}
