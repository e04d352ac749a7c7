package io.hebbian.evolution.es;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Fitness shaping of the reference code: centred ranks in [-0.5, 0.5], then standardised. */
public final class CenteredRanks {

    private CenteredRanks() {
    }

    /**
     * Centred ranks: the lowest fitness gets -0.5, the highest +0.5, evenly spaced; ties are ranked
     * by position (stable), as numpy's argsort.
     */
    public static double[] centered(double[] fitness) {
        int n = fitness.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 fitness values to rank, got " + n);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> fitness[k]));
        double[] r = new double[n];
        for (int rank = 0; rank < n; rank++) {
            r[order[rank]] = (double) rank / (n - 1) - 0.5;
        }
        return r;
    }

    /** Centred ranks standardised to zero mean and unit variance: {@code (r - mean) / std}. */
    public static double[] shaped(double[] fitness) {
        double[] r = centered(fitness);
        double mean = 0;
        for (double v : r) {
            mean += v;
        }
        mean /= r.length;
        double ss = 0;
        for (double v : r) {
            ss += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(ss / r.length);
        for (int k = 0; k < r.length; k++) {
            r[k] = (r[k] - mean) / std;
        }
        return r;
    }
}
