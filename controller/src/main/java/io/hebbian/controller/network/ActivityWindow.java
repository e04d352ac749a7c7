package io.hebbian.controller.network;

import java.util.Arrays;

/**
 * The last {@code window} activity vectors of every layer (input included), kept in a ring, and their
 * mean. Allocates only at construction. Not thread-safe; one per network.
 */
final class ActivityWindow {

    /** ring[s][l]: the activity of layer l (0 is the input) recorded at slot s. */
    private final double[][][] ring;
    /** mean[l]: the last mean computed for layer l. */
    private final double[][] mean;
    private int next;
    private int filled;

    ActivityWindow(int window, double[][] activations) {
        ring = new double[window][activations.length][];
        mean = new double[activations.length][];
        for (int l = 0; l < activations.length; l++) {
            mean[l] = new double[activations[l].length];
            for (int s = 0; s < window; s++) {
                ring[s][l] = new double[activations[l].length];
            }
        }
    }

    /** Forgets every recorded step (a new episode). */
    void clear() {
        next = 0;
        filled = 0;
    }

    /** Records this step's activity of every layer (Not modified). */
    void record(double[][] activations) {
        double[][] slot = ring[next];
        for (int l = 0; l < activations.length; l++) {
            System.arraycopy(activations[l], 0, slot[l], 0, activations[l].length);
        }
        next = (next + 1) % ring.length;
        filled = Math.min(filled + 1, ring.length);
    }

    /**
     * The mean over the recorded steps, oldest first, per layer; the arrays are reused by the next call.
     * Call after at least one {@link #record}.
     */
    double[][] mean() {
        int oldest = (next - filled + ring.length) % ring.length;
        for (int l = 0; l < mean.length; l++) {
            double[] m = mean[l];
            Arrays.fill(m, 0);
            for (int k = 0; k < filled; k++) {
                double[] a = ring[(oldest + k) % ring.length][l];
                for (int i = 0; i < m.length; i++) {
                    m[i] += a[i];
                }
            }
            double inv = 1.0 / filled;
            for (int i = 0; i < m.length; i++) {
                m[i] *= inv;
            }
        }
        return mean;
    }
}
