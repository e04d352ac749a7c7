package io.hebbian.evolution.analysis;

/** Mean and population standard deviation, as reported in every table of this package. */
public final class Stats {

    private Stats() {
    }

    /** Arithmetic mean of {@code v} (Not modified); NaN if empty. */
    public static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Population standard deviation ({@code sqrt(Σ(x - mean)² / n)}) of {@code v} (Not modified). */
    public static double std(double[] v) {
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / v.length);
    }
}
