package io.hebbian.firmware.bridge;

import io.hebbian.controller.damage.DamageTerm;
import io.hebbian.controller.damage.JointRoles;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the damage language's terms ({@link Morphology}) do on the real robot: {@code lock:<joint>},
 * {@code weak:<joint>=<strength>} and {@code limp:<joint>} (torque off), joined by {@code +};
 * {@code intact}, {@code none} or blank clear all damage. A target is a joint name, a leg name from
 * the config's {@code legs} (all its joints), or {@code <leg>-<role>} with the simulator's roles
 * ({@link JointRoles}). Body damage ({@code damaged-<leg>}, {@code shin-scale}, {@code remove-shin})
 * and {@code sensor-stuck} cannot be made on hardware and are rejected.
 */
public final class DamageSpec {

    private DamageSpec() {
    }

    /** The damaged joints described by {@code spec}; empty for {@code intact}, {@code none} or blank. */
    public static List<Damage> parse(String spec, ServoConfig config) {
        List<Damage> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (DamageTerm term : Morphology.parse(spec).terms()) {
            DamageKind kind;
            double strength = 1;
            if (term instanceof DamageTerm.Lock) {
                kind = DamageKind.LOCK;
            } else if (term instanceof DamageTerm.Weak w) {
                kind = DamageKind.WEAK;
                strength = w.strength();
            } else if (term instanceof DamageTerm.Limp) {
                kind = DamageKind.LIMP;
            } else {
                throw new IllegalArgumentException("the servo bridge cannot realise '" + term.spec() + "'"
                        + (term.spec().equals(spec.trim()) ? "" : " (in '" + spec.trim() + "')")
                        + ": on hardware only lock:<joint>, weak:<joint>=<0..1> and limp:<joint> are possible");
            }
            for (int j : joints(term.target(), config)) {
                out.add(new Damage(kind, j, config.joints().get(j).name(), strength));
            }
        }
        return out;
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
                int r = JointRoles.of(leg.getValue().size()).indexOf(role);
                if (r >= 0) {
                    return List.of(config.indexOf(leg.getValue().get(r)));
                }
            }
        }
        throw new IllegalArgumentException("unknown damage target '" + target + "': use a joint name "
                + config.jointNames() + ", a leg " + legs.keySet() + " or <leg>-<role> (e.g. left-front-knee)");
    }
}
