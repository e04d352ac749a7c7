package io.hebbian.controller.plasticity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule variants of the paper's ablation. A variant names which terms are evolved; the others
 * take their {@link Term#absentValue()} and are not stored.
 */
public enum PlasticityRule {
    A(Term.A),
    AD(Term.A, Term.D),
    AD_eta(Term.A, Term.D, Term.ETA),
    ABC(Term.A, Term.B, Term.C),
    ABC_eta(Term.A, Term.B, Term.C, Term.ETA),
    ABCD(Term.A, Term.B, Term.C, Term.D),
    ABCD_eta(Term.A, Term.B, Term.C, Term.D, Term.ETA);

    private final List<Term> terms;
    private final Set<Term> termSet;

    PlasticityRule(Term... terms) {
        this.terms = List.of(terms);
        this.termSet = EnumSet.copyOf(this.terms);
    }

    /** The evolved terms, in storage order. */
    public List<Term> terms() {
        return terms;
    }

    public boolean has(Term term) {
        return termSet.contains(term);
    }

    /** Coefficients per synapse: 5 for {@code ABCD_eta}. */
    public int termCount() {
        return terms.size();
    }

    /** Parses a rule name exactly as written in files and flags, e.g. {@code ABCD_eta}. */
    public static PlasticityRule fromName(String name) {
        for (PlasticityRule r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown plasticity rule '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
