package io.hebbian.firmware.bridge;

/**
 * One damaged joint.
 *
 * @param kind     lock, weak or limp
 * @param joint    joint index in config order
 * @param name     joint name
 * @param strength remaining strength for {@link DamageKind#WEAK}, in [0, 1]; 1 otherwise
 */
public record Damage(DamageKind kind, int joint, String name, double strength) {
    public Damage {
        if (!(strength >= 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength of " + name + " must be in [0, 1], got " + strength);
        }
    }

    /** The spec item, e.g. {@code weak:lf_knee_joint=0.3}. */
    public String spec() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name
                + (kind == DamageKind.WEAK ? "=" + strength : "");
    }
}
