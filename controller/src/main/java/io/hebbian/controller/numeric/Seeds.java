package io.hebbian.controller.numeric;

/** Deterministic seed derivation (SplitMix64 finaliser), so every task's randomness is a pure function of its ids. */
public final class Seeds {

    private Seeds() {
    }

    /** Mixes any number of values into one well-spread 64-bit seed. */
    public static long mix(long... values) {
        long h = 0x243F6A8885A308D3L;
        for (long v : values) {
            h = finalise(h ^ finalise(v + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
