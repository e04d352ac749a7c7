package io.hebbian.sim.damage;

import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * A named body condition of a robot: {@code intact}, the paper's damages {@code damaged-<leg>}
 * (that leg's lower segment shortened to one quarter), or terms of the damage language joined by
 * {@value #SEPARATOR}, e.g. {@code shin-scale:left-front=0.5+lock:left-front-knee}. The separator
 * is {@code +} so a list of morphologies can be given as one comma-separated flag without quoting.
 *
 * <p>Terms: {@code shin-scale:<leg>=<factor>}, {@code remove-shin:<leg>}, {@code lock:<joint>},
 * {@code weak:<joint>=<strength>}, {@code sensor-stuck:<joint>}, {@code damaged-<leg>}. Joints are
 * {@code <leg>-hip}, {@code <leg>-knee}, {@code <leg>-hip-abd} (3-joint legs) or joint names.
 *
 * @param name the specification as parsed (canonical form)
 * @param ops  the damage terms, applied in order
 */
public record Morphology(String name, List<DamageOp> ops) {

    /** Joins damage terms. */
    public static final String SEPARATOR = "+";
    /** The paper's shortened lower leg: one quarter of its length. */
    public static final double PAPER_SHIN_SCALE = 0.25;
    /** The term kinds the parser accepts. */
    public static final List<String> TERMS = List.of("intact", "damaged-<leg>", "shin-scale:<leg>=<factor>",
            "remove-shin:<leg>", "lock:<joint>", "weak:<joint>=<strength>", "sensor-stuck:<joint>");

    public Morphology {
        ops = List.copyOf(ops);
    }

    public static Morphology intact() {
        return new Morphology("intact", List.of());
    }

    /** The paper's named damages, for the 4-legged built-in robots. */
    public static List<String> namedDamages() {
        return List.of("intact", "damaged-left-front", "damaged-right-front", "damaged-left-back", "damaged-right-back");
    }

    /**
     * Parses a specification. Syntax errors fail here; leg and joint names are checked against the
     * robot by {@link #applyTo}.
     */
    public static Morphology parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty morphology; expected one of " + TERMS);
        }
        String trimmed = spec.trim();
        if (trimmed.equals("intact")) {
            return intact();
        }
        List<DamageOp> ops = new ArrayList<>();
        for (String term : trimmed.split("\\+", -1)) {
            ops.add(parseTerm(term.trim(), spec));
        }
        return new Morphology(trimmed, ops);
    }

    private static DamageOp parseTerm(String term, String spec) {
        if (term.startsWith("damaged-") && term.length() > "damaged-".length()) {
            return new DamageOp.ShinScale(term.substring("damaged-".length()), PAPER_SHIN_SCALE);
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
            case "shin-scale" -> new DamageOp.ShinScale(target, value(term, arg));
            case "remove-shin" -> new DamageOp.RemoveShin(noValue(term, arg));
            case "lock" -> new DamageOp.Lock(noValue(term, arg));
            case "weak" -> new DamageOp.Weak(target, value(term, arg));
            case "sensor-stuck" -> new DamageOp.SensorStuck(noValue(term, arg));
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

    /** The damaged robot; IllegalArgumentException naming the valid legs or joints on an unknown name. */
    public RobotDescription applyTo(RobotDescription robot) {
        RobotDescription r = robot;
        for (DamageOp op : ops) {
            r = op.applyTo(r);
        }
        return ops.isEmpty() ? r : r.with(robot.name() + "[" + name + "]", r.links(), r.jointDescriptions());
    }

    public boolean isIntact() {
        return ops.isEmpty();
    }
}
