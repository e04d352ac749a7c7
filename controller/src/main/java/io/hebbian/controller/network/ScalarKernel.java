package io.hebbian.controller.network;

import io.hebbian.controller.numeric.FdlibmTanh;

/** Plain loops; runs on any JVM. The reference the vector kernel is tested against. */
final class ScalarKernel implements LayerKernel {

    static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {
    }

    @Override
    public void forward(double[] w, double[] in, double[] out) {
        int n = in.length;
        int n4 = n & ~3;
        for (int j = 0, row = 0; j < out.length; j++, row += n) {
            // four partial sums break the add dependency chain; the order is fixed, so results are reproducible
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int i = 0;
            for (; i < n4; i += 4) {
                s0 += w[row + i] * in[i];
                s1 += w[row + i + 1] * in[i + 1];
                s2 += w[row + i + 2] * in[i + 2];
                s3 += w[row + i + 3] * in[i + 3];
            }
            for (; i < n; i++) {
                s0 += w[row + i] * in[i];
            }
            out[j] = FdlibmTanh.tanh((s0 + s1) + (s2 + s3));
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
        for (int j = 0, row = 0; j < post.length; j++, row += n) {
            double pj = post[j];
            for (int i = 0; i < n; i++) {
                int k = row + i;
                w[k] += eta[k] * (pre[i] * (a[k] * pj + b[k]) + cc[k] * pj + d[k]);
            }
        }
    }
}
