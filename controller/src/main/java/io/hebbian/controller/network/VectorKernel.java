package io.hebbian.controller.network;

import io.hebbian.controller.numeric.FdlibmTanh;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scalar kernel's arithmetic several lanes at a time with the JDK's Vector API (AVX2 or wider).
 * Lane-wise IEEE operations in the scalar order, so the bits equal {@link ScalarKernel}'s:
 * <ul>
 *   <li>forward: lane r of a 256-bit accumulator is the scalar partial sum {@code s_r}. Four rows
 *       are summed in one pass, so four independent add chains hide the add latency that bounds a
 *       one-row loop; rows stay independent, so this changes no bits.</li>
 *   <li>update: element-wise, four lanes, then a scalar tail. HotSpot's auto-vectoriser leaves this
 *       loop scalar (its pre-synaptic index differs from the synapse index). 512-bit lanes would give
 *       the same bits, but JDK 17 runs them ~5× slower than 256-bit here (JMH, AVX-512 Xeon), and the
 *       loop streams ~55 bytes per synapse from L2, so wider lanes could not buy much anyway.</li>
 * </ul>
 * Loaded only when {@code jdk.incubator.vector} is in the boot layer; see {@link LayerKernels}.
 */
final class VectorKernel implements LayerKernel {

    private static final VectorSpecies<Double> LANES4 = DoubleVector.SPECIES_256;

    VectorKernel() {
        if (DoubleVector.SPECIES_PREFERRED.vectorBitSize() < LANES4.vectorBitSize()) {
            throw new UnsupportedOperationException("no 256-bit vectors on this CPU");
        }
    }

    @Override
    public void forward(double[] w, double[] in, double[] out) {
        int n = in.length;
        int rows = out.length;
        int j = 0;
        for (; j + 4 <= rows; j += 4) {
            forward4(w, in, out, j, n);
        }
        for (; j < rows; j++) {
            out[j] = FdlibmTanh.tanh(rowSum(w, in, j * n, n));
        }
    }

    private static void forward4(double[] w, double[] in, double[] out, int j, int n) {
        int n4 = n & ~3;
        int r0 = j * n;
        int r1 = r0 + n;
        int r2 = r1 + n;
        int r3 = r2 + n;
        DoubleVector s0 = DoubleVector.zero(LANES4);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        for (int i = 0; i < n4; i += 4) {
            DoubleVector x = DoubleVector.fromArray(LANES4, in, i);
            s0 = s0.add(DoubleVector.fromArray(LANES4, w, r0 + i).mul(x));
            s1 = s1.add(DoubleVector.fromArray(LANES4, w, r1 + i).mul(x));
            s2 = s2.add(DoubleVector.fromArray(LANES4, w, r2 + i).mul(x));
            s3 = s3.add(DoubleVector.fromArray(LANES4, w, r3 + i).mul(x));
        }
        out[j] = FdlibmTanh.tanh(finish(s0, w, in, r0, n4, n));
        out[j + 1] = FdlibmTanh.tanh(finish(s1, w, in, r1, n4, n));
        out[j + 2] = FdlibmTanh.tanh(finish(s2, w, in, r2, n4, n));
        out[j + 3] = FdlibmTanh.tanh(finish(s3, w, in, r3, n4, n));
    }

    private static double rowSum(double[] w, double[] in, int row, int n) {
        int n4 = n & ~3;
        DoubleVector s = DoubleVector.zero(LANES4);
        for (int i = 0; i < n4; i += 4) {
            s = s.add(DoubleVector.fromArray(LANES4, w, row + i).mul(DoubleVector.fromArray(LANES4, in, i)));
        }
        return finish(s, w, in, row, n4, n);
    }

    /** The scalar kernel's {@code (s0 + s1) + (s2 + s3)}, with the remainder {@code i ≥ n4} added to s0. */
    private static double finish(DoubleVector s, double[] w, double[] in, int row, int n4, int n) {
        double s0 = s.lane(0);
        for (int i = n4; i < n; i++) {
            s0 += w[row + i] * in[i];
        }
        return (s0 + s.lane(1)) + (s.lane(2) + s.lane(3));
    }

    @Override
    public void update(double[] w, double[][] c, double[] pre, double[] post) {
        double[] a = c[0];
        double[] b = c[1];
        double[] cc = c[2];
        double[] d = c[3];
        double[] eta = c[4];
        int n = pre.length;
        int n4 = n & ~3;
        for (int j = 0, row = 0; j < post.length; j++, row += n) {
            double pj = post[j];
            int i = 0;
            for (; i < n4; i += 4) {
                update4(w, a, b, cc, d, eta, pre, pj, row, i);
            }
            for (; i < n; i++) {
                int k = row + i;
                w[k] += eta[k] * (pre[i] * (a[k] * pj + b[k]) + cc[k] * pj + d[k]);
            }
        }
    }

    private static void update4(double[] w, double[] a, double[] b, double[] cc, double[] d, double[] eta,
            double[] pre, double pj, int row, int i) {
        int k = row + i;
        DoubleVector hebb = DoubleVector.fromArray(LANES4, a, k).mul(pj)
                .add(DoubleVector.fromArray(LANES4, b, k))
                .mul(DoubleVector.fromArray(LANES4, pre, i))
                .add(DoubleVector.fromArray(LANES4, cc, k).mul(pj))
                .add(DoubleVector.fromArray(LANES4, d, k));
        DoubleVector.fromArray(LANES4, w, k)
                .add(DoubleVector.fromArray(LANES4, eta, k).mul(hebb))
                .intoArray(w, k);
    }
}
