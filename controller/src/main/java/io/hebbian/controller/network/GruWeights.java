package io.hebbian.controller.network;

import java.util.List;
import java.util.Locale;

/**
 * The evolved weights of a {@link GruNetwork}: one GRU layer of {@code H} units over {@code n}
 * inputs, then a tanh output layer of {@code m} units; no biases. Immutable: arrays are copied
 * in and out.
 *
 * <p>Parameter layout (the evolved vector, {@link #flatten()}): first the cell matrix, {@code 3H}
 * rows of {@code n + H} columns, row-major; row {@code g·H + j} is unit {@code j} of gate {@code g}
 * (0 update z, 1 reset r, 2 candidate n), its first {@code n} entries the input weights
 * ({@code W_g[j][i]}), its last {@code H} the recurrent weights ({@code U_g[j][k]}). Then the
 * output matrix {@code W_o}, {@code m} rows of {@code H}, row-major. In all
 * {@code 3H(n + H) + mH} numbers: 6,016 for n = 28, H = 32, m = 8.
 */
public final class GruWeights {

    /** The three gates, in the order of the cell matrix's row blocks. */
    public enum Gate {
        /** z: how much of the old state a unit keeps. */
        UPDATE,
        /** r: how much of the old state the candidate sees. */
        RESET,
        /** n: the candidate state. */
        CANDIDATE;

        /** The gate's letter in the equations and in model files: z, r or n. */
        public String key() {
            return switch (this) {
                case UPDATE -> "z";
                case RESET -> "r";
                case CANDIDATE -> "n";
            };
        }
    }

    private final NetworkShape shape;
    private final double[] cell;
    private final double[] output;

    /**
     * @param shape  {@code [inputs, hidden, outputs]}
     * @param cell   the cell matrix, {@code 3H × (n + H)} row-major (see the class comment); copied
     * @param output {@code W_o}, {@code m × H} row-major; copied
     * @throws IllegalArgumentException on a shape that is not one hidden layer, a length mismatch or a
     *                                  non-finite weight
     */
    public GruWeights(NetworkShape shape, double[] cell, double[] output) {
        if (shape.layerCount() != 2) {
            throw new IllegalArgumentException("a GRU network has one hidden (recurrent) layer: shape [inputs, hidden, "
                    + "outputs], got " + shape);
        }
        this.shape = shape;
        this.cell = checked("cell", cell, cellLength(shape));
        this.output = checked("output", output, shape.synapses(1));
    }

    private static double[] checked(String what, double[] w, int expected) {
        if (w.length != expected) {
            throw new IllegalArgumentException("GRU " + what + " matrix needs " + expected + " weights, got "
                    + w.length);
        }
        for (int k = 0; k < w.length; k++) {
            if (!Double.isFinite(w[k])) {
                throw new IllegalArgumentException("GRU " + what + " weight " + k + " is not finite: " + w[k]);
            }
        }
        return w.clone();
    }

    private static int cellLength(NetworkShape shape) {
        return 3 * shape.out(0) * (shape.in(0) + shape.out(0));
    }

    /** Length of the evolved vector for {@code shape} ({@code [inputs, hidden, outputs]}). */
    public static int parameterCount(NetworkShape shape) {
        if (shape.layerCount() != 2) {
            throw new IllegalArgumentException("a GRU network has one hidden layer, got shape " + shape);
        }
        return cellLength(shape) + shape.synapses(1);
    }

    /** Weights from the evolved vector (layout in the class comment). */
    public static GruWeights unflatten(NetworkShape shape, double[] flat) {
        int n = parameterCount(shape);
        if (flat.length != n) {
            throw new IllegalArgumentException("expected " + n + " GRU parameters for shape " + shape + ", got "
                    + flat.length);
        }
        int c = cellLength(shape);
        return new GruWeights(shape, java.util.Arrays.copyOf(flat, c), java.util.Arrays.copyOfRange(flat, c, n));
    }

    /**
     * Weights from the textbook matrices, as model files hold them.
     *
     * @param input     per gate ({@link Gate} order) {@code W_g}, {@code H × n} row-major
     * @param recurrent per gate {@code U_g}, {@code H × H} row-major
     * @param output    {@code W_o}, {@code m × H} row-major
     */
    public static GruWeights of(NetworkShape shape, List<double[]> input, List<double[]> recurrent, double[] output) {
        if (shape.layerCount() != 2 || input.size() != 3 || recurrent.size() != 3) {
            throw new IllegalArgumentException("expected a [inputs, hidden, outputs] shape and three gates, got "
                    + shape + " and " + input.size() + " + " + recurrent.size() + " matrices");
        }
        int n = shape.in(0);
        int h = shape.out(0);
        double[] cell = new double[cellLength(shape)];
        for (Gate g : Gate.values()) {
            double[] w = input.get(g.ordinal());
            double[] u = recurrent.get(g.ordinal());
            if (w.length != h * n || u.length != h * h) {
                throw new IllegalArgumentException("gate " + g.key() + " needs W " + h + " x " + n + " and U " + h
                        + " x " + h + ", got " + w.length + " and " + u.length + " weights");
            }
            for (int j = 0; j < h; j++) {
                int row = (g.ordinal() * h + j) * (n + h);
                System.arraycopy(w, j * n, cell, row, n);
                System.arraycopy(u, j * h, cell, row + n, h);
            }
        }
        return new GruWeights(shape, cell, output);
    }

    /** {@code [inputs, hidden, outputs]}. */
    public NetworkShape shape() {
        return shape;
    }

    /** The evolved vector (layout in the class comment). */
    public double[] flatten() {
        double[] flat = java.util.Arrays.copyOf(cell, cell.length + output.length);
        System.arraycopy(output, 0, flat, cell.length, output.length);
        return flat;
    }

    /** {@code W_g}: gate {@code g}'s input weights, {@code H × n} row-major (a copy). */
    public double[] inputWeights(Gate g) {
        return block(g, 0, shape.in(0));
    }

    /** {@code U_g}: gate {@code g}'s recurrent weights, {@code H × H} row-major (a copy). */
    public double[] recurrentWeights(Gate g) {
        return block(g, shape.in(0), shape.out(0));
    }

    private double[] block(Gate g, int firstColumn, int columns) {
        int n = shape.in(0);
        int h = shape.out(0);
        double[] out = new double[h * columns];
        for (int j = 0; j < h; j++) {
            System.arraycopy(cell, (g.ordinal() * h + j) * (n + h) + firstColumn, out, j * columns, columns);
        }
        return out;
    }

    /** {@code W_o}: the output layer, {@code m × H} row-major (a copy). */
    public double[] outputWeights() {
        return output.clone();
    }

    /** The cell matrix ({@code 3H × (n + H)}, see the class comment) and the output matrix, as weight layers. */
    public List<WeightMatrix> matrices() {
        return List.of(new WeightMatrix(shape.in(0) + shape.out(0), 3 * shape.out(0), cell),
                new WeightMatrix(shape.out(0), shape.outputSize(), output));
    }

    /** Copies the cell matrix into {@code dst} (Modified). */
    void copyCellInto(double[] dst) {
        System.arraycopy(cell, 0, dst, 0, cell.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GRU %s (%d parameters)", shape, cell.length + output.length);
    }
}
