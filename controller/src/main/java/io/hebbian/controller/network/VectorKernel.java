package io.hebbian.controller.network;

import io.hebbian.controller.numeric.FdlibmTanh;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scalar kernel's arithmetic four lanes at a time with the JDK's Vector API (256-bit, AVX2 or
 * wider). Lane-wise IEEE operations in the scalar order, and a forward whose lane r is the scalar
 * partial sum {@code s_r}, so the bits equal {@link ScalarKernel}'s. HotSpot's auto-vectoriser
 * leaves the update loop scalar (its pre-synaptic index differs from the synapse index), which is
 * what this buys back: about 2× on the update. Loaded only when {@code jdk.incubator.vector} is in
 * the boot layer; see {@link LayerKernels}.
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
        int n4 = n & ~3;
        for (int j = 0, row = 0; j < out.length; j++, row += n) {
            DoubleVector s = DoubleVector.zero(LANES4);
            int i = 0;
            for (; i < n4; i += 4) {
                s = s.add(DoubleVector.fromArray(LANES4, w, row + i).mul(DoubleVector.fromArray(LANES4, in, i)));
            }
            double s0 = s.lane(0);
            for (; i < n; i++) {
                s0 += w[row + i] * in[i];
            }
            out[j] = FdlibmTanh.tanh((s0 + s.lane(1)) + (s.lane(2) + s.lane(3)));
        }
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
            for (; i < n; i++) {
                int k = row + i;
                w[k] += eta[k] * (pre[i] * (a[k] * pj + b[k]) + cc[k] * pj + d[k]);
            }
        }
    }
}
