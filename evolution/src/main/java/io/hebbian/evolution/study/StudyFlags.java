package io.hebbian.evolution.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a variant's {@code evolve} flags combine with the study's common flags: a variant flag replaces every
 * common flag of the same option, with its values ({@code --robot ant-pybullet} replaces common's
 * {@code --robot ant}; {@code --held-out X} replaces common's whole {@code --held-out} list, which picocli would
 * otherwise extend). An option is a word starting with {@code --} and its values are the words up to the next
 * option; {@code --name=value} is the option {@code --name}, and {@code --no-name} is {@code --name}.
 */
final class StudyFlags {

    private StudyFlags() {
    }

    /** The common flags without the options the variant sets, then the variant's flags. */
    static List<String> merge(List<String> common, List<String> variant) {
        Set<String> overridden = new HashSet<>();
        for (List<String> group : groups(variant)) {
            overridden.add(option(group.get(0)));
        }
        List<String> out = new ArrayList<>();
        for (List<String> group : groups(common)) {
            if (!overridden.contains(option(group.get(0)))) {
                out.addAll(group);
            }
        }
        out.addAll(variant);
        return List.copyOf(out);
    }

    /** Each option with its values; words before the first option form a group of their own. */
    private static List<List<String>> groups(List<String> flags) {
        List<List<String>> groups = new ArrayList<>();
        for (String word : flags) {
            if (word.startsWith("--") || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(word);
        }
        return groups;
    }

    /** The option a group sets: {@code --name} for {@code --name}, {@code --name=v} and {@code --no-name}. */
    private static String option(String first) {
        if (!first.startsWith("--")) {
            return first;
        }
        int eq = first.indexOf('=');
        String name = eq < 0 ? first : first.substring(0, eq);
        return name.startsWith("--no-") ? "--" + name.substring(5) : name;
    }
}
