package io.hebbian.sim.damage;

import io.hebbian.controller.damage.Morphology;

/**
 * A joint damage that switches on during an episode, written {@code <morphology>@<step>}, e.g.
 * {@code lock:left-front-knee@300}: the episode starts intact and the damage switches on before
 * control step {@code step} (0-based; {@code @0} is the damage from the start). Only joint terms can
 * switch on during an episode ({@link DamageEffects#requireSwitchable}).
 *
 * @param damage    the joint damage, not intact
 * @param onsetStep control step at which it switches on, {@code >= 0}
 */
public record DamageOnset(Morphology damage, int onsetStep) {

    /** Separates the damage from its onset step. */
    public static final String AT = "@";

    public DamageOnset {
        if (damage.isIntact()) {
            throw new IllegalArgumentException("an onset needs a damage to switch on, got '" + damage.name() + "'");
        }
        if (onsetStep < 0) {
            throw new IllegalArgumentException("onset step must be >= 0, got " + onsetStep);
        }
        DamageEffects.requireSwitchable(damage);
    }

    /** Whether {@code spec} carries an onset ({@code @<step>}). */
    public static boolean hasOnset(String spec) {
        return spec.contains(AT);
    }

    /** Parses {@code <morphology>@<step>}; IllegalArgumentException naming the entry. */
    public static DamageOnset parse(String spec) {
        int at = spec.lastIndexOf(AT);
        if (at < 0) {
            throw new IllegalArgumentException("'" + spec + "' has no onset; expected <damage>@<step>, e.g. "
                    + "lock:left-front-knee@300");
        }
        String step = spec.substring(at + 1).trim();
        int onset;
        try {
            onset = Integer.parseInt(step);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "': onset '" + step + "' is not a whole number of "
                    + "control steps", e);
        }
        try {
            return new DamageOnset(Morphology.parse(spec.substring(0, at)), onset);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + spec + "': " + e.getMessage(), e);
        }
    }

    /** The damage an entry names, with or without an onset (the onset is dropped). */
    public static Morphology damageOf(String spec) {
        return hasOnset(spec) ? parse(spec).damage() : Morphology.parse(spec);
    }

    /** The entry as written in canonical form, e.g. {@code lock:left-front-knee@300}. */
    public String spec() {
        return damage.name() + AT + onsetStep;
    }
}
