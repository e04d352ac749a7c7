package io.hebbian.evolution.analysis;

import io.hebbian.controller.network.Policy;

/** The norm of all of a policy's weights together: the root of the sum of its matrices' squared Frobenius norms. */
final class WeightNorm {

    private WeightNorm() {
    }

    /** A scratch array for {@link #total}: one slot per weight matrix of {@code policy} (allocates). */
    static double[] scratch(Policy policy) {
        return new double[policy.weightMatrices().size()];
    }

    /** @param norms scratch from {@link #scratch} (Modified) */
    static double total(Policy policy, double[] norms) {
        policy.weightNorms(norms);
        double ss = 0;
        for (double v : norms) {
            ss += v * v;
        }
        return Math.sqrt(ss);
    }
}
