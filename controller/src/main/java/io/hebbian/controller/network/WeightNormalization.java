package io.hebbian.controller.network;

import java.util.Locale;

/**
 * Per-layer weight normalisation applied after every Hebbian update.
 */
public enum WeightNormalization {
    /** Unbounded weights, as in the paper's quadruped. */
    NONE("none"),
    /** {@code W /= max|W|}, as in the paper's CarRacing and the evojax Brax port. */
    MAX_ABS("max-abs"),
    /** Clamp every weight to [-1, 1]. */
    CLIP("clip"),
    /** {@code (W - mean) / sqrt(var + 1e-5)} over the whole layer, as in Leung et al. 2025. */
    VARIANCE("variance");

    private static final double VARIANCE_EPSILON = 1e-5;

    private final String id;

    WeightNormalization(String id) {
        this.id = id;
    }

    /** The name used in files and on the command line. */
    public String id() {
        return id;
    }

    /** Parses {@code none|max-abs|clip|variance}. */
    public static WeightNormalization fromId(String id) {
        for (WeightNormalization n : values()) {
            if (n.id.equals(id.toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown weight normalisation '" + id
                + "'; expected one of none, max-abs, clip, variance");
    }

    /** Normalises {@code w} (Modified) in place. */
    public void apply(double[] w) {
        switch (this) {
            case NONE -> { }
            case MAX_ABS -> {
                double max = 0;
                for (double v : w) {
                    max = Math.max(max, Math.abs(v));
                }
                if (max > 0) {
                    double inv = 1.0 / max;
                    for (int k = 0; k < w.length; k++) {
                        w[k] *= inv;
                    }
                }
            }
            case CLIP -> {
                for (int k = 0; k < w.length; k++) {
                    w[k] = Math.max(-1.0, Math.min(1.0, w[k]));
                }
            }
            case VARIANCE -> {
                double sum = 0;
                for (double v : w) {
                    sum += v;
                }
                double mean = sum / w.length;
                double ss = 0;
                for (double v : w) {
                    ss += (v - mean) * (v - mean);
                }
                double inv = 1.0 / Math.sqrt(ss / w.length + VARIANCE_EPSILON);
                for (int k = 0; k < w.length; k++) {
                    w[k] = (w[k] - mean) * inv;
                }
            }
            default -> throw new AssertionError(this);
        }
    }
}
