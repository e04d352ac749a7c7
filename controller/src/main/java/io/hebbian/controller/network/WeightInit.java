package io.hebbian.controller.network;

import java.util.random.RandomGenerator;

/**
 * How a plastic network's weights are set at the start of every episode.
 */
public sealed interface WeightInit {

    /** Fills {@code weights} (Modified) for every layer, drawing from {@code rng} layer by layer, row-major. */
    void fill(double[][] weights, RandomGenerator rng);

    /** The paper's default: U(-halfWidth, halfWidth), halfWidth 0.1. */
    static WeightInit paperUniform() {
        return new Uniform(0.1);
    }

    /** Uniform in [-halfWidth, halfWidth). */
    record Uniform(double halfWidth) implements WeightInit {
        public Uniform {
            if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
                throw new IllegalArgumentException("uniform half-width must be a positive number, got " + halfWidth);
            }
        }

        @Override
        public void fill(double[][] weights, RandomGenerator rng) {
            for (double[] layer : weights) {
                for (int k = 0; k < layer.length; k++) {
                    layer[k] = (2.0 * rng.nextDouble() - 1.0) * halfWidth;
                }
            }
        }
    }

    /** Normal N(0, sigma²). */
    record Normal(double sigma) implements WeightInit {
        public Normal {
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("normal sigma must be a positive number, got " + sigma);
            }
        }

        @Override
        public void fill(double[][] weights, RandomGenerator rng) {
            for (double[] layer : weights) {
                for (int k = 0; k < layer.length; k++) {
                    layer[k] = rng.nextGaussian() * sigma;
                }
            }
        }
    }

    /** The same explicit weights every episode (an initial-weights file, or co-evolved weights). */
    record Fixed(NetworkWeights weights) implements WeightInit {
        @Override
        public void fill(double[][] dst, RandomGenerator rng) {
            for (int l = 0; l < dst.length; l++) {
                weights.copyLayerInto(l, dst[l]);
            }
        }
    }
}
