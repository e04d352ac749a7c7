package io.hebbian.replay.trajectory;

import java.util.Arrays;

/** Length-checked defensive copies for the trajectory records. */
final class Arrays3 {

    private Arrays3() {
    }

    /** A copy of {@code values}, which must have {@code length} finite entries. */
    static double[] copy(String what, double[] values, int length) {
        if (values == null || values.length != length) {
            throw new IllegalArgumentException(what + ": expected " + length + " values, got "
                    + (values == null ? "none" : values.length + " " + Arrays.toString(values)));
        }
        return finite(what, values);
    }

    /** A copy of {@code values}, which must all be finite. */
    static double[] finite(String what, double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(what + ": values must be finite, got " + Arrays.toString(values));
            }
        }
        return values.clone();
    }
}
