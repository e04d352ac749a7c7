package io.hebbian.evolution.es;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A large, shared table of standard-normal noise, as in OpenAI's ES: a perturbation is a slice
 * {@code table[index .. index + dim)}, so a candidate travels as one integer. Every process that
 * builds a table with the same seed and size gets bit-identical values (chunked generation with
 * per-chunk seeds, Box–Muller with {@link StrictMath}), whatever its thread count.
 */
public final class NoiseTable {

    /** Default size: 2^24 floats (64 MiB). */
    public static final int DEFAULT_SIZE = 1 << 24;
    private static final int CHUNK = 1 << 16;

    private final float[] noise;
    private final long seed;

    /**
     * @param seed table seed; every member of a run must use the same one
     * @param size number of floats; must exceed the parameter dimension
     */
    public NoiseTable(long seed, int size) {
        if (size < 2 || size % 2 != 0) {
            throw new IllegalArgumentException("noise table size must be a positive even number, got " + size);
        }
        this.seed = seed;
        this.noise = new float[size];
        int chunks = (size + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> fill(c));
    }

    private void fill(int chunk) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (chunk + 1)));
        int from = chunk * CHUNK;
        int to = Math.min(noise.length, from + CHUNK);
        for (int k = from; k < to; k += 2) {
            double u1 = 1.0 - r.nextDouble(); // (0, 1]
            double u2 = r.nextDouble();
            double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
            double angle = 2.0 * Math.PI * u2;
            noise[k] = (float) (radius * StrictMath.cos(angle));
            if (k + 1 < to) {
                noise[k + 1] = (float) (radius * StrictMath.sin(angle));
            }
        }
    }

    public int size() {
        return noise.length;
    }

    public long seed() {
        return seed;
    }

    /** Largest valid slice start for a perturbation of {@code dim} values, exclusive. */
    public int indexBound(int dim) {
        if (dim >= noise.length) {
            throw new IllegalArgumentException("noise table of " + noise.length
                    + " values is too small for " + dim + " parameters; use a larger table");
        }
        return noise.length - dim;
    }

    /** Noise value at {@code index}. */
    public double get(int index) {
        return noise[index];
    }

    /**
     * {@code out[k] = centre[k] + scale * table[index + k]}: builds a candidate without allocating.
     *
     * @param centre Not modified
     * @param out    Modified; may be a different array of the same length
     */
    public void perturb(double[] centre, double scale, int index, double[] out) {
        for (int k = 0; k < centre.length; k++) {
            out[k] = centre[k] + scale * noise[index + k];
        }
    }

    /** {@code acc[k] += weight * table[index + k]}: accumulates a gradient estimate. */
    public void addScaled(double weight, int index, double[] acc) {
        for (int k = 0; k < acc.length; k++) {
            acc[k] += weight * noise[index + k];
        }
    }
}
