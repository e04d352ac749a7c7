package io.hebbian.controller.damage;

import java.util.ArrayList;
import java.util.List;

/**
 * A named body condition of a robot, in the damage language shared by the simulator and the servo
 * bridge: {@code intact} (or {@code none}), the paper's damages {@code damaged-<leg>} (that leg's
 * lower segment shortened to one quarter), or terms joined by {@value #SEPARATOR}, e.g.
 * {@code shin-scale:left-front=0.5+lock:left-front-knee}. The separator is {@code +} so a list of
 * morphologies can be given as one comma-separated flag without quoting.
 *
 * <p>This class is the syntax only; leg and joint names are checked, and the damage is applied, by
 * whoever realises it (the simulator's {@code DamageEffects}, the bridge's {@code DamageSpec}).
 *
 * @param name  the specification as parsed (trimmed; {@code none} reads as {@code intact})
 * @param terms the damage terms, applied in order
 */
public record Morphology(String name, List<DamageTerm> terms) {

    /** Joins damage terms. */
    public static final String SEPARATOR = "+";
    /** The paper's shortened lower leg: one quarter of its length. */
    public static final double PAPER_SHIN_SCALE = 0.25;
    /** The term kinds the parser accepts. */
    public static final List<String> TERMS = List.of("intact", "none", "damaged-<leg>", "shin-scale:<leg>=<factor>",
            "remove-shin:<leg>", "lock:<joint>", "weak:<joint>=<strength>", "limp:<joint>", "sensor-stuck:<joint>");

    public Morphology {
        terms = List.copyOf(terms);
    }

    public static Morphology intact() {
        return new Morphology("intact", List.of());
    }

    /** The paper's named damages, for the 4-legged built-in robots. */
    public static List<String> namedDamages() {
        return List.of("intact", "damaged-left-front", "damaged-right-front", "damaged-left-back", "damaged-right-back");
    }

    /** Parses a specification; IllegalArgumentException naming the bad term and the valid kinds. */
    public static Morphology parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty morphology; expected one of " + TERMS);
        }
        String trimmed = spec.trim();
        if (trimmed.equals("intact") || trimmed.equals("none")) {
            return intact();
        }
        if (trimmed.contains(",")) {
            throw new IllegalArgumentException("'" + spec + "': join damage terms with '" + SEPARATOR
                    + "', not ',' (e.g. lock:left-front-knee+weak:right-front-hip=0.3)");
        }
        List<DamageTerm> terms = new ArrayList<>();
        for (String term : trimmed.split("\\+", -1)) {
            terms.add(parseTerm(term.trim(), spec));
        }
        return new Morphology(trimmed, terms);
    }

    private static DamageTerm parseTerm(String term, String spec) {
        if (term.startsWith("damaged-") && term.length() > "damaged-".length()) {
            return new DamageTerm.ShinScale(term.substring("damaged-".length()), PAPER_SHIN_SCALE);
        }
        int colon = term.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("unknown morphology term '" + term + "' in '" + spec + "'; expected "
                    + String.join(", ", TERMS) + " (joined by '" + SEPARATOR + "')");
        }
        String kind = term.substring(0, colon);
        String arg = term.substring(colon + 1);
        String target = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (target.isEmpty()) {
            throw new IllegalArgumentException("morphology term '" + term + "' names no leg or joint");
        }
        return switch (kind) {
            case "shin-scale" -> new DamageTerm.ShinScale(target, value(term, arg));
            case "remove-shin" -> new DamageTerm.RemoveShin(noValue(term, arg));
            case "lock" -> new DamageTerm.Lock(noValue(term, arg));
            case "weak" -> new DamageTerm.Weak(target, value(term, arg));
            case "limp" -> new DamageTerm.Limp(noValue(term, arg));
            case "sensor-stuck" -> new DamageTerm.SensorStuck(noValue(term, arg));
            default -> throw new IllegalArgumentException("unknown damage '" + kind + "' in '" + term + "'; expected "
                    + String.join(", ", TERMS));
        };
    }

    private static double value(String term, String arg) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("morphology term '" + term + "' needs a value, e.g. '" + term + "=0.5'");
        }
        try {
            return Double.parseDouble(arg.substring(eq + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("morphology term '" + term + "': '" + arg.substring(eq + 1)
                    + "' is not a number", e);
        }
    }

    private static String noValue(String term, String arg) {
        if (arg.contains("=")) {
            throw new IllegalArgumentException("morphology term '" + term + "' takes no value");
        }
        return arg;
    }

    public boolean isIntact() {
        return terms.isEmpty();
    }
}
