package io.hebbian.cli;

import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.evolution.problem.PolicyKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What {@code evolve} trains, from {@code --static}, {@code --recurrent} and
 * {@code --coevolve-initial-weights}, and the checks that the other flags apply to it. Every
 * refusal is one line ({@link Errors.UserException}).
 */
final class PolicyFlags {

    /** Flags that shape plasticity, so mean nothing to a recurrent policy. */
    static final List<String> PLASTICITY_FLAGS = List.of("--rule", "--rule-sharing", "--normalization",
            "--plasticity-interval", "--activity-window", "--coevolve-initial-weights");

    private PolicyFlags() {
    }

    /**
     * @param given whether the user set a flag (by its long name), as opposed to its default
     */
    static PolicyKind kind(boolean staticWeights, boolean recurrent, boolean coevolve, String ruleSharing,
                           int[] hidden, Predicate<String> given) {
        if (staticWeights && coevolve) {
            throw new Errors.UserException("--static and --coevolve-initial-weights exclude each other");
        }
        if (staticWeights && !RuleSharing.SYNAPSE.id().equals(ruleSharing)) {
            throw new Errors.UserException("--rule-sharing applies to Hebbian rules; --static evolves weights");
        }
        if (recurrent) {
            checkRecurrent(staticWeights, hidden, given);
            return PolicyKind.RECURRENT;
        }
        return staticWeights ? PolicyKind.STATIC : coevolve ? PolicyKind.COEVOLVE : PolicyKind.HEBBIAN;
    }

    private static void checkRecurrent(boolean staticWeights, int[] hidden, Predicate<String> given) {
        if (staticWeights) {
            throw new Errors.UserException("--recurrent and --static exclude each other");
        }
        List<String> plastic = PLASTICITY_FLAGS.stream().filter(given).toList();
        if (!plastic.isEmpty()) {
            throw new Errors.UserException("--recurrent evolves fixed GRU weights without plasticity, so "
                    + String.join(" ", plastic) + " would not apply: drop " + (plastic.size() == 1 ? "it" : "them"));
        }
        if (hidden.length != 1) {
            throw new Errors.UserException("--recurrent has one GRU layer: give its units as one --hidden size, e.g. "
                    + "--hidden 32 (got " + (given.test("--hidden") ? "" : "the default ")
                    + Arrays.stream(hidden).mapToObj(Integer::toString).collect(Collectors.joining(",")) + ")");
        }
    }

    /** The {@code --rule-sharing} value; a bad one is a user error. */
    static RuleSharing sharing(String ruleSharing) {
        try {
            return RuleSharing.fromId(ruleSharing);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--rule-sharing: " + e.getMessage());
        }
    }
}
