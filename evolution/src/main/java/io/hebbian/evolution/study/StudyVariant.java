package io.hebbian.evolution.study;

import java.util.List;

/**
 * One training variant of a study: a name and the {@code evolve} flags that make it.
 *
 * @param name              run-directory-safe name, e.g. {@code hebbian-h32}
 * @param flags             {@code evolve} flags on top of the study's common flags (no --out, --resume or --seed)
 * @param staticBaseline    also train the same flags with {@code --static}, as {@code <name>-static}
 * @param recurrentBaseline also train the same flags with {@code --recurrent} (a GRU of the variant's
 *                          {@code --hidden} units), as {@code <name>-recurrent}
 */
public record StudyVariant(String name, List<String> flags, boolean staticBaseline, boolean recurrentBaseline) {

    /** Suffix of the static twin's name. */
    public static final String STATIC_SUFFIX = "-static";
    /** Suffix of the recurrent twin's name. */
    public static final String RECURRENT_SUFFIX = "-recurrent";

    public StudyVariant {
        if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("variant name must be 1-64 of a-z, 0-9, '.', '_', '-', got '" + name + "'");
        }
        flags = List.copyOf(flags);
        for (String f : flags) {
            if (f.equals("--out") || f.equals("--resume") || f.equals("--seed") || f.startsWith("--out=")
                    || f.startsWith("--resume=") || f.startsWith("--seed=")) {
                throw new IllegalArgumentException("variant " + name + ": " + f
                        + " is set by the study (run directory and seeds), not by a variant");
            }
        }
        if (staticBaseline && flags.contains("--static")) {
            throw new IllegalArgumentException("variant " + name + " is already static; static-baseline adds nothing");
        }
        if (recurrentBaseline && flags.contains("--recurrent")) {
            throw new IllegalArgumentException("variant " + name
                    + " is already recurrent; recurrent-baseline adds nothing");
        }
    }

    /** A variant without baselines. */
    public StudyVariant(String name, List<String> flags) {
        this(name, flags, false, false);
    }

    /** The static twin: the same flags with {@code --static}. */
    public StudyVariant staticTwin() {
        return twin(STATIC_SUFFIX, "--static");
    }

    /** The recurrent twin: the same flags with {@code --recurrent}. */
    public StudyVariant recurrentTwin() {
        return twin(RECURRENT_SUFFIX, "--recurrent");
    }

    private StudyVariant twin(String suffix, String flag) {
        List<String> f = new java.util.ArrayList<>(flags);
        f.add(flag);
        return new StudyVariant(name + suffix, f);
    }
}
