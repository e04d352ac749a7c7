package io.hebbian.sim.servo;

import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead simplex minimisation (reflection 1, expansion 2, contraction ½, shrink ½), deterministic.
 * The simplex lives in coordinates scaled by the initial steps, so it stops when every vertex is within
 * {@code tolerance} initial steps of the best one (or the evaluation budget is spent).
 */
final class NelderMead {

    /** The best point found, its value and the evaluations used. */
    record Minimum(double[] point, double value, int evaluations) {
    }

    private NelderMead() {
    }

    /**
     * @param f              the function (its argument is Not modified by this class after the call returns)
     * @param start          first vertex (Not modified)
     * @param steps          initial simplex edge per coordinate, non-zero (Not modified)
     * @param maxEvaluations evaluation budget, positive
     * @param tolerance      convergence radius, in initial steps, positive
     */
    static Minimum minimise(ToDoubleFunction<double[]> f, double[] start, double[] steps, int maxEvaluations,
                            double tolerance) {
        int d = start.length;
        if (steps.length != d) {
            throw new IllegalArgumentException("expected " + d + " initial steps, got " + steps.length);
        }
        double[][] u = new double[d + 1][d];
        double[] value = new double[d + 1];
        double[] x = new double[d];
        int[] used = {0};
        for (int v = 1; v <= d; v++) {
            u[v][v - 1] = 1;
        }
        for (int v = 0; v <= d; v++) {
            value[v] = eval(f, start, steps, u[v], x, used);
        }
        double[] centroid = new double[d];
        double[] trial = new double[d];
        double[] trial2 = new double[d];
        while (used[0] < maxEvaluations) {
            sort(u, value);
            if (radius(u) <= tolerance) {
                break;
            }
            centroid(u, centroid);
            along(centroid, u[d], 1, trial);
            double fr = eval(f, start, steps, trial, x, used);
            if (fr < value[0]) {
                along(centroid, u[d], 2, trial2);
                double fe = eval(f, start, steps, trial2, x, used);
                accept(u, value, d, fe < fr ? trial2 : trial, Math.min(fe, fr));
            } else if (fr < value[d - 1]) {
                accept(u, value, d, trial, fr);
            } else {
                boolean outside = fr < value[d];
                along(centroid, u[d], outside ? 0.5 : -0.5, trial2);
                double fc = eval(f, start, steps, trial2, x, used);
                if (fc < (outside ? fr : value[d])) {
                    accept(u, value, d, trial2, fc);
                } else {
                    for (int v = 1; v <= d; v++) {
                        for (int k = 0; k < d; k++) {
                            u[v][k] = u[0][k] + 0.5 * (u[v][k] - u[0][k]);
                        }
                        value[v] = eval(f, start, steps, u[v], x, used);
                    }
                }
            }
        }
        sort(u, value);
        double[] best = new double[d];
        for (int k = 0; k < d; k++) {
            best[k] = start[k] + u[0][k] * steps[k];
        }
        return new Minimum(best, value[0], used[0]);
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] start, double[] steps, double[] u, double[] x,
                               int[] used) {
        for (int k = 0; k < x.length; k++) {
            x[k] = start[k] + u[k] * steps[k];
        }
        used[0]++;
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** {@code out = centroid + coefficient * (centroid - worst)}. */
    private static void along(double[] centroid, double[] worst, double coefficient, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = centroid[k] + coefficient * (centroid[k] - worst[k]);
        }
    }

    private static void accept(double[][] u, double[] value, int worst, double[] point, double v) {
        System.arraycopy(point, 0, u[worst], 0, point.length);
        value[worst] = v;
    }

    /** Centroid of every vertex but the worst (the last after sorting). */
    private static void centroid(double[][] u, double[] out) {
        int d = out.length;
        java.util.Arrays.fill(out, 0);
        for (int v = 0; v < d; v++) {
            for (int k = 0; k < d; k++) {
                out[k] += u[v][k] / d;
            }
        }
    }

    private static double radius(double[][] u) {
        double r = 0;
        for (int v = 1; v < u.length; v++) {
            for (int k = 0; k < u[v].length; k++) {
                r = Math.max(r, Math.abs(u[v][k] - u[0][k]));
            }
        }
        return r;
    }

    /** Insertion sort of the vertices by value, best first (stable, so ties keep their order). */
    private static void sort(double[][] u, double[] value) {
        for (int i = 1; i < value.length; i++) {
            double v = value[i];
            double[] p = u[i];
            int j = i - 1;
            while (j >= 0 && value[j] > v) {
                value[j + 1] = value[j];
                u[j + 1] = u[j];
                j--;
            }
            value[j + 1] = v;
            u[j + 1] = p;
        }
    }
}
