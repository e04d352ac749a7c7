package io.hebbian.evolution.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hebbian.controller.io.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A study: named training variants × training seeds, every model then evaluated the same way.
 * Read from YAML (or JSON) by {@link #read}; unknown keys are errors, so a typo cannot silently
 * change an experiment. The layout:
 *
 * <pre>
 * version: 1
 * name: adaptation
 * seeds: [1, 2, 3]
 * common: --robot ant --generations 150        # evolve flags of every run
 * variants:
 *   - name: hebbian-h32
 *     flags: --hidden 32 --heading             # a flag here replaces common's of the same option
 *     static-baseline: true                   # also train it with --static, as hebbian-h32-static
 *     recurrent-baseline: true                # and with --recurrent (a GRU of --hidden units), as hebbian-h32-recurrent
 * evaluation:
 *   rollouts: 100
 *   episode-steps: 1000
 *   seed: 0
 *   held-out: [damaged-left-front, shin-scale:right-back=0.25, lock:left-front-knee]
 *   seen: [damaged-right-front, lock:left-front-knee@300]   # @k: a joint damage switching on at step k
 *                                                          # (see StudyEvaluation)
 *   freeze-steps: [30, 100, 300]
 *   freeze-rollouts: 30
 *   develop-steps: 100
 * </pre>
 *
 * @param name     the study's name
 * @param seeds    training seeds, each run once per variant
 * @param common   evolve flags shared by every run, unless a variant sets the same option (see {@link StudyFlags})
 * @param variants the variants (static and recurrent twins expanded by {@link #runs()})
 */
public record StudySpec(String name, List<Long> seeds, List<String> common, List<StudyVariant> variants,
                        StudyEvaluation evaluation) {

    /** The layout version this build reads. */
    public static final int VERSION = 1;

    public StudySpec {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: at least one training seed");
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("variants: at least one variant");
        }
        seeds = List.copyOf(seeds);
        common = List.copyOf(common);
        variants = List.copyOf(variants);
        if (Set.copyOf(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("seeds: each seed once, got " + seeds);
        }
        List<String> names = new ArrayList<>();
        for (StudyVariant v : expanded(variants)) {
            if (names.contains(v.name())) {
                throw new IllegalArgumentException("variants: name " + v.name() + " is used twice");
            }
            names.add(v.name());
        }
        new StudyVariant("common", common);
    }

    private static List<StudyVariant> expanded(List<StudyVariant> variants) {
        List<StudyVariant> all = new ArrayList<>();
        for (StudyVariant v : variants) {
            all.add(v);
            if (v.staticBaseline()) {
                all.add(v.staticTwin());
            }
            if (v.recurrentBaseline()) {
                all.add(v.recurrentTwin());
            }
        }
        return all;
    }

    /** Every variant to train, its static and recurrent twins right after it. */
    public List<StudyVariant> allVariants() {
        return expanded(variants);
    }

    /** One training run: a variant and a seed, and the flags that make it. */
    public record Run(StudyVariant variant, long seed, List<String> evolveFlags) {
        /** The run's directory name, e.g. {@code hebbian-h32-s2}. */
        public String id() {
            return variant.name() + "-s" + seed;
        }
    }

    /**
     * Every run, variant-major: all seeds of the first variant, then the next. A run's flags are the common flags
     * without the options its variant sets, then the variant's ({@link StudyFlags#merge}).
     */
    public List<Run> runs() {
        List<Run> out = new ArrayList<>();
        for (StudyVariant v : allVariants()) {
            for (long s : seeds) {
                out.add(new Run(v, s, StudyFlags.merge(common, v.flags())));
            }
        }
        return out;
    }

    /** Reads a spec file; every error names the key and the file. */
    public static StudySpec read(Path file) throws IOException, FormatException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new FormatException(file + ": not a readable YAML or JSON study spec (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")");
        }
        try {
            return fromJson(root);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file + ": " + e.getMessage());
        }
    }

    static StudySpec fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a mapping at the top");
        }
        keys(root, "", "version", "name", "seeds", "common", "variants", "evaluation");
        int version = required(root, "version", "").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("version: this build reads version " + VERSION + ", got "
                    + root.get("version"));
        }
        String name = text(required(root, "name", ""), "name");
        List<Long> seeds = new ArrayList<>();
        for (JsonNode s : array(required(root, "seeds", ""), "seeds")) {
            if (!s.canConvertToLong() || !s.isIntegralNumber()) {
                throw new IllegalArgumentException("seeds: expected whole numbers, got " + s);
            }
            seeds.add(s.asLong());
        }
        List<String> common = flags(root.get("common"), "common");
        List<StudyVariant> variants = new ArrayList<>();
        int k = 0;
        for (JsonNode v : array(required(root, "variants", ""), "variants")) {
            String p = "variants[" + k++ + "].";
            keys(v, p, "name", "flags", "static-baseline", "recurrent-baseline");
            variants.add(new StudyVariant(text(required(v, "name", p), p + "name"), flags(v.get("flags"), p + "flags"),
                    bool(v, "static-baseline", p), bool(v, "recurrent-baseline", p)));
        }
        JsonNode e = required(root, "evaluation", "");
        String p = "evaluation.";
        keys(e, p, "rollouts", "episode-steps", "seed", "held-out", "seen", "freeze-steps", "freeze-rollouts",
                "develop-steps");
        int rollouts = whole(e, "rollouts", p, 100);
        List<Integer> freeze = new ArrayList<>();
        JsonNode fs = e.get("freeze-steps");
        if (fs == null) {
            freeze.addAll(List.of(30, 100, 300));
        } else {
            for (JsonNode t : array(fs, p + "freeze-steps")) {
                if (!t.isInt()) {
                    throw new IllegalArgumentException(p + "freeze-steps: expected whole numbers, got " + t);
                }
                freeze.add(t.asInt());
            }
        }
        StudyEvaluation eval = new StudyEvaluation(rollouts, whole(e, "episode-steps", p, 1000),
                whole(e, "seed", p, 0), texts(required(e, "held-out", p), p + "held-out"),
                e.has("seen") ? texts(e.get("seen"), p + "seen") : List.of(), freeze,
                whole(e, "freeze-rollouts", p, rollouts), whole(e, "develop-steps", p, 100));
        return new StudySpec(name, seeds, common, variants, eval);
    }

    private static void keys(JsonNode node, String prefix, String... known) {
        if (!node.isObject()) {
            throw new IllegalArgumentException((prefix.isEmpty() ? "top level" : prefix) + ": expected a mapping, got "
                    + node);
        }
        List<String> k = Arrays.asList(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!k.contains(f)) {
                throw new IllegalArgumentException(prefix + f + ": unknown key; expected one of " + k);
            }
        }
    }

    private static boolean bool(JsonNode node, String key, String prefix) {
        JsonNode b = node.get(key);
        if (b != null && !b.isBoolean()) {
            throw new IllegalArgumentException(prefix + key + ": expected true or false, got " + b);
        }
        return b != null && b.asBoolean();
    }

    private static JsonNode required(JsonNode node, String key, String prefix) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(prefix + key + ": required");
        }
        return v;
    }

    private static String text(JsonNode n, String key) {
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException(key + ": expected text, got " + n);
        }
        return n.asText();
    }

    private static List<JsonNode> array(JsonNode n, String key) {
        if (!n.isArray()) {
            throw new IllegalArgumentException(key + ": expected a list, got " + n);
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

    private static List<String> texts(JsonNode n, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : array(n, key)) {
            out.add(text(t, key));
        }
        return out;
    }

    /** A flag list, written either as one string ("--hidden 32 --heading") or as a list of words. */
    private static List<String> flags(JsonNode n, String key) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isTextual()) {
            String s = n.asText().strip();
            return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
        }
        return texts(n, key);
    }

    private static int whole(JsonNode node, String key, String prefix, int fallback) {
        JsonNode v = node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isInt()) {
            throw new IllegalArgumentException(prefix + key + ": expected a whole number, got " + v);
        }
        return v.asInt();
    }
}
