package io.hebbian.controller.plasticity;

/**
 * The five per-synapse coefficients of the generalised Hebbian rule
 * {@code Δw = η·(A·pre·post + B·pre + C·post + D)}. The ordinal is the slot in the
 * network's interleaved coefficient storage.
 */
public enum Term {
    A("A", 0.0),
    B("B", 0.0),
    C("C", 0.0),
    D("D", 0.0),
    ETA("eta", 1.0);

    private final String key;
    private final double absentValue;

    Term(String key, double absentValue) {
        this.key = key;
        this.absentValue = absentValue;
    }

    /** The array name in the coefficients file. */
    public String key() {
        return key;
    }

    /** The value used when a rule does not evolve this term: 0 for A–D, 1 for η. */
    public double absentValue() {
        return absentValue;
    }
}
