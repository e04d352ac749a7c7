package io.hebbian.firmware.bridge;

import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses damage specs such as {@code lock:left-front-knee}, {@code weak:right-front-hip=0.3},
 * {@code limp:lf_knee_joint} or {@code none}; items separated by commas or spaces. A target is a
 * joint name, a leg name from the config's {@code legs} (all its joints), or
 * {@code <leg>-<role>} with the simulator's roles: 1 joint {@code hip}; 2 {@code hip, knee};
 * 3 {@code hip-abd, hip, knee}; more {@code joint-1 ...}.
 */
public final class DamageSpec {

    private DamageSpec() {
    }

    /** The damaged joints described by {@code spec}; empty for {@code none} or blank. */
    public static List<Damage> parse(String spec, ServoConfig config) {
        List<Damage> out = new ArrayList<>();
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("none")) {
            return out;
        }
        for (String item : spec.trim().split("[,\\s]+")) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("damage item '" + item
                        + "' needs a kind: lock:<joint>, weak:<joint>=<0..1> or limp:<joint>");
            }
            DamageKind kind = kind(item.substring(0, colon));
            String target = item.substring(colon + 1);
            double strength = 1;
            if (kind == DamageKind.WEAK) {
                int eq = target.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("'" + item + "': weak needs a strength, e.g. weak:" + target + "=0.3");
                }
                strength = number(target.substring(eq + 1), item);
                target = target.substring(0, eq);
            }
            for (int j : joints(target, config)) {
                out.add(new Damage(kind, j, config.joints().get(j).name(), strength));
            }
        }
        return out;
    }

    private static DamageKind kind(String s) {
        try {
            return DamageKind.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown damage kind '" + s + "': use lock, weak or limp", e);
        }
    }

    private static double number(String s, String item) {
        try {
            double v = Double.parseDouble(s);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + item + "': strength must be a number in [0, 1], got '" + s + "'");
    }

    static List<Integer> joints(String target, ServoConfig config) {
        int direct = config.indexOf(target);
        if (direct >= 0) {
            return List.of(direct);
        }
        Map<String, List<String>> legs = config.legs();
        if (legs.containsKey(target)) {
            return legs.get(target).stream().map(config::indexOf).toList();
        }
        for (Map.Entry<String, List<String>> leg : legs.entrySet()) {
            if (target.startsWith(leg.getKey() + "-")) {
                String role = target.substring(leg.getKey().length() + 1);
                List<String> roles = roles(leg.getValue().size());
                int r = roles.indexOf(role);
                if (r >= 0) {
                    return List.of(config.indexOf(leg.getValue().get(r)));
                }
            }
        }
        throw new IllegalArgumentException("unknown damage target '" + target + "': use a joint name "
                + config.jointNames() + ", a leg " + legs.keySet() + " or <leg>-<role> (e.g. left-front-knee)");
    }

    /** The simulator's role names for a leg with {@code n} joints. */
    static List<String> roles(int n) {
        return switch (n) {
            case 1 -> List.of("hip");
            case 2 -> List.of("hip", "knee");
            case 3 -> List.of("hip-abd", "hip", "knee");
            default -> java.util.stream.IntStream.rangeClosed(1, n).mapToObj(k -> "joint-" + k).toList();
        };
    }
}
