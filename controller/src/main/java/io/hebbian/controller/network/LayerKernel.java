package io.hebbian.controller.network;

/**
 * The two hot loops of a bias-free tanh layer stored row-major (out × in). Every implementation
 * gives the same bits: the forward sum keeps four partial sums over {@code i mod 4}, added as
 * {@code (s0 + s1) + (s2 + s3)}, and the update evaluates
 * {@code w += η·(pre·(A·post + B) + C·post + D)} in that order, with no fused multiply-add.
 */
interface LayerKernel {

    /**
     * {@code out[j] = tanh(Σ_i w[j·n + i]·in[i])}.
     *
     * @param w   weights, row-major out × in (Not modified)
     * @param in  pre-synaptic activity, length n (Not modified)
     * @param out post-synaptic activity (Modified)
     */
    void forward(double[] w, double[] in, double[] out);

    /**
     * One Hebbian step of every synapse of a layer.
     *
     * @param w    weights, row-major out × in (Modified)
     * @param c    coefficients per term A, B, C, D, η, each row-major like {@code w} (Not modified)
     * @param pre  pre-synaptic activity (Not modified)
     * @param post post-synaptic activity (Not modified)
     */
    void update(double[] w, double[][] c, double[] pre, double[] post);
}
