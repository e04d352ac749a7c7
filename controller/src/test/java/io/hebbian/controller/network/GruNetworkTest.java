package io.hebbian.controller.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The GRU network against a plain textbook implementation ({@code double[][]} matrices, {@code Math.tanh},
 * {@code 1 / (1 + Math.exp(-v))}) at a shape where every dimension differs, so a transposed index, a swapped
 * gate or {@code U_n h} in place of {@code U_n (r ⊙ h)} cannot pass; and against a step worked out by hand.
 */
class GruNetworkTest {

    private static final int N = 5;
    private static final int H = 3;
    private static final int M = 2;

    /** The textbook GRU: {@code w[g]} is W_g (H × N), {@code u[g]} is U_g (H × H), gates z, r, n. */
    private record Reference(double[][][] w, double[][][] u, double[][] wo, double[] h) {

        double[] step(double[] x) {
            double[] z = new double[H];
            double[] r = new double[H];
            for (int j = 0; j < H; j++) {
                z[j] = logistic(affine(w[0][j], x) + affine(u[0][j], h));
                r[j] = logistic(affine(w[1][j], x) + affine(u[1][j], h));
            }
            double[] rh = new double[H];
            for (int j = 0; j < H; j++) {
                rh[j] = r[j] * h[j];
            }
            double[] next = new double[H];
            for (int j = 0; j < H; j++) {
                double n = Math.tanh(affine(w[2][j], x) + affine(u[2][j], rh));
                next[j] = (1 - z[j]) * n + z[j] * h[j];
            }
            System.arraycopy(next, 0, h, 0, H);
            double[] a = new double[M];
            for (int k = 0; k < M; k++) {
                a[k] = Math.tanh(affine(wo[k], h));
            }
            return a;
        }

        private static double affine(double[] row, double[] v) {
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += row[i] * v[i];
            }
            return s;
        }

        private static double logistic(double v) {
            return 1 / (1 + Math.exp(-v));
        }
    }

    private static double[][] matrix(SplittableRandom rnd, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int i = 0; i < columns; i++) {
                row[i] = rnd.nextGaussian() * 0.8;
            }
        }
        return m;
    }

    private static double[] rowMajor(double[][] m) {
        double[] flat = new double[m.length * m[0].length];
        for (int j = 0; j < m.length; j++) {
            System.arraycopy(m[j], 0, flat, j * m[0].length, m[0].length);
        }
        return flat;
    }

    static GruWeights random(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] p = new double[GruWeights.parameterCount(new NetworkShape(new int[] {N, H, M}))];
        for (int k = 0; k < p.length; k++) {
            p[k] = rnd.nextGaussian() * 0.8;
        }
        return GruWeights.unflatten(new NetworkShape(new int[] {N, H, M}), p);
    }

    @Test
    void fiftyStepsMatchTheTextbookEquationsAtAShapeWithNoSymmetry() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[][][] w = new double[3][][];
        double[][][] u = new double[3][][];
        for (int g = 0; g < 3; g++) {
            w[g] = matrix(rnd, H, N);
            u[g] = matrix(rnd, H, H);
        }
        double[][] wo = matrix(rnd, M, H);
        List<double[]> ws = List.of(rowMajor(w[0]), rowMajor(w[1]), rowMajor(w[2]));
        List<double[]> us = List.of(rowMajor(u[0]), rowMajor(u[1]), rowMajor(u[2]));
        GruWeights weights = GruWeights.of(new NetworkShape(new int[] {N, H, M}), ws, us, rowMajor(wo));
        Reference ref = new Reference(w, u, wo, new double[H]);
        GruNetwork net = new GruNetwork(weights);
        net.reset(null);
        double[] action = new double[M];
        double[] state = new double[H];
        for (int t = 0; t < 50; t++) {
            double[] x = new double[N];
            for (int i = 0; i < N; i++) {
                x[i] = rnd.nextDouble() * 4 - 2;
            }
            double[] expected = ref.step(x);
            net.act(x, action);
            net.hiddenState(state);
            assertThat(action).as("action at step %d", t).containsExactly(expected, within(1e-12));
            assertThat(state).as("state at step %d", t).containsExactly(ref.h(), within(1e-12));
        }
        assertThat(java.util.Arrays.stream(state).map(Math::abs).max().orElseThrow()).as("the state moved away from zero")
                .isGreaterThan(0.05);
    }

    @Test
    void matchesTwoStepsWorkedOutByHand() {
        double ln2 = Math.log(2);
        double ln4 = Math.log(4);
        double wo = Math.log(3) / 0.36;
        // 2 inputs, 1 unit, 1 output. sigma(ln 4) = 1 / (1 + 1/4) = 0.8; tanh(ln 2) = (4 - 1) / (4 + 1) = 0.6;
        // tanh(ln 3) = (9 - 1) / (9 + 1) = 0.8.
        GruWeights weights = GruWeights.of(new NetworkShape(new int[] {2, 1, 1}),
                List.of(new double[] {ln4, -0.6}, new double[] {3, ln4 - 1.2}, new double[] {ln2, ln2 - 1.2}),
                List.of(new double[] {5}, new double[] {10}, new double[] {12.5}), new double[] {wo});
        GruNetwork net = new GruNetwork(weights);
        net.reset(null);
        double[] a = new double[1];
        double[] h = new double[1];

        // step 1, x = (1, 0), h = 0: z = sigma(ln 4) = 0.8; r = sigma(3) but r * h = 0; n = tanh(ln 2) = 0.6;
        // h' = (1 - 0.8) * 0.6 + 0.8 * 0 = 0.12; action = tanh(0.12 * ln 3 / 0.36) = tanh(ln 3^(1/3))
        //    = (3^(2/3) - 1) / (3^(2/3) + 1)
        net.act(new double[] {1, 0}, a);
        net.hiddenState(h);
        assertThat(h[0]).isCloseTo(0.12, within(1e-15));
        double c = Math.cbrt(9);
        assertThat(a[0]).isCloseTo((c - 1) / (c + 1), within(1e-15));

        // step 2, x = (0, 1), h = 0.12: z = sigma(-0.6 + 5 * 0.12) = sigma(0) = 0.5;
        // r = sigma(ln 4 - 1.2 + 10 * 0.12) = sigma(ln 4) = 0.8, so r * h = 0.096;
        // n = tanh(ln 2 - 1.2 + 12.5 * 0.096) = tanh(ln 2) = 0.6 (U_n * h would give tanh(ln 2 + 0.3));
        // h' = 0.5 * 0.6 + 0.5 * 0.12 = 0.36; action = tanh(0.36 * ln 3 / 0.36) = tanh(ln 3) = 0.8
        net.act(new double[] {0, 1}, a);
        net.hiddenState(h);
        assertThat(h[0]).isCloseTo(0.36, within(1e-15));
        assertThat(a[0]).isCloseTo(0.8, within(1e-15));
    }

    private static double[][] run(GruNetwork net, long inputSeed, int steps) {
        SplittableRandom rnd = new SplittableRandom(inputSeed);
        double[][] out = new double[steps][M];
        for (int t = 0; t < steps; t++) {
            double[] x = new double[N];
            for (int i = 0; i < N; i++) {
                x[i] = rnd.nextDouble() * 2 - 1;
            }
            net.act(x, out[t]);
        }
        return out;
    }

    @Test
    void resetClearsTheStateSoTheSameInputsGiveTheSameOutputs() {
        GruNetwork net = new GruNetwork(random(3));
        net.reset(new SplittableRandom(1));
        double[][] first = run(net, 9, 40);
        double[] h = new double[H];
        net.hiddenState(h);
        assertThat(h).as("the state after an episode").isNotEqualTo(new double[H]);
        assertThat(run(net, 9, 1)[0]).as("without a reset the state carries over").isNotEqualTo(first[0]);
        net.reset(new SplittableRandom(2));
        net.hiddenState(h);
        assertThat(h).containsOnly(0.0);
        assertThat(run(net, 9, 40)).isDeepEqualTo(first);
    }

    @Test
    void twoInstancesGiveTheSameBits() {
        GruNetwork a = new GruNetwork(random(4));
        GruNetwork b = new GruNetwork(random(4));
        a.reset(null);
        b.reset(null);
        double[][] x = run(a, 12, 300);
        double[][] y = run(b, 12, 300);
        for (int t = 0; t < x.length; t++) {
            for (int k = 0; k < M; k++) {
                assertThat(Double.doubleToRawLongBits(y[t][k])).isEqualTo(Double.doubleToRawLongBits(x[t][k]));
            }
        }
    }

    @Test
    void actAllocatesNothing() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
        GruNetwork net = new GruNetwork(random(6));
        double[] x = {0.1, -0.2, 0.3, 0.4, -0.5};
        double[] a = new double[M];
        for (int t = 0; t < 20_000; t++) {
            net.act(x, a); // warm up: compiled code, no lazy allocation left
        }
        long tid = Thread.currentThread().getId();
        long before = hs.getThreadAllocatedBytes(tid);
        for (int t = 0; t < 10_000; t++) {
            net.act(x, a);
        }
        assertThat(hs.getThreadAllocatedBytes(tid) - before).as("bytes allocated by 10,000 steps").isLessThan(1_000);
    }

    @Test
    void normsAreTheCellAndOutputMatricesAndNeverChange() {
        GruWeights w = random(8);
        GruNetwork net = new GruNetwork(w);
        double[] norms = new double[2];
        net.weightNorms(norms);
        List<WeightMatrix> m = net.weightMatrices();
        assertThat(m).extracting(WeightMatrix::in, WeightMatrix::out)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(N + H, 3 * H), org.assertj.core.groups.Tuple.tuple(H, M));
        assertThat(norms).containsExactly(m.get(0).norm(), m.get(1).norm());
        run(net, 1, 20);
        double[] after = new double[2];
        net.weightNorms(after);
        assertThat(after).containsExactly(norms);
    }

    @Test
    void layoutAndBadShapesAreChecked() {
        NetworkShape shape = new NetworkShape(new int[] {28, 32, 8});
        assertThat(GruWeights.parameterCount(shape)).isEqualTo(3 * 32 * (28 + 32) + 32 * 8).isEqualTo(6016);
        GruWeights w = random(2);
        assertThat(GruWeights.unflatten(w.shape(), w.flatten()).flatten()).containsExactly(w.flatten());
        // W_n row 1 sits in cell row 2H + 1, its first N entries
        assertThat(w.inputWeights(GruWeights.Gate.CANDIDATE)[N]).isEqualTo(w.flatten()[(2 * H + 1) * (N + H)]);
        assertThat(w.recurrentWeights(GruWeights.Gate.RESET)[0]).isEqualTo(w.flatten()[H * (N + H) + N]);
        assertThatThrownBy(() -> GruWeights.unflatten(w.shape(), new double[10]))
                .hasMessage("expected 78 GRU parameters for shape [5, 3, 2], got 10");
        assertThatThrownBy(() -> GruWeights.parameterCount(new NetworkShape(new int[] {5, 4, 3, 2})))
                .hasMessageContaining("one hidden layer");
        GruNetwork net = new GruNetwork(w);
        assertThatThrownBy(() -> net.act(new double[4], new double[M]))
                .hasMessage("expected 5 inputs and 2 outputs, got 4 and 2");
    }
}
