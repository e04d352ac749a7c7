package io.hebbian.evolution.es;

/**
 * One member of a generation: {@code θ + sign·σ·noise[noiseIndex ..]}. Mirrored pairs share
 * {@code pair} and {@code noiseIndex} and differ in {@code sign}.
 *
 * @param id         position in the generation, 0-based
 * @param pair       mirrored pair number, {@code id / 2}
 * @param noiseIndex slice start in the {@link NoiseTable}
 * @param sign       +1 or -1
 */
public record Candidate(int id, int pair, int noiseIndex, int sign) {
    public Candidate {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign must be +1 or -1, got " + sign);
        }
    }
}
