package io.hebbian.replay.trajectory;

/**
 * One weight layer stored in 8 bits per weight: weight {@code k} is about
 * {@code minW + level[k] / 255 × (maxW − minW)}, error at most {@code (maxW − minW) / 510}.
 *
 * @param shape  the layer size
 * @param minW   smallest weight
 * @param maxW   largest weight, {@code >= minW}
 * @param levels one unsigned level (0..255) per weight, row-major (out × in)
 */
public record QuantisedLayer(LayerShape shape, double minW, double maxW, byte[] levels) {

    private static final int MAX_LEVEL = 255;

    public QuantisedLayer {
        if (!Double.isFinite(minW) || !Double.isFinite(maxW) || minW > maxW) {
            throw new IllegalArgumentException("weight range must be finite with min <= max, got [" + minW + ", "
                    + maxW + "]");
        }
        if (levels.length != shape.synapses()) {
            throw new IllegalArgumentException("layer " + shape.out() + " x " + shape.in() + " needs "
                    + shape.synapses() + " levels, got " + levels.length);
        }
        levels = levels.clone();
    }

    /**
     * Quantises {@code weights} (Not modified), row-major {@code out × in}.
     *
     * @throws IllegalArgumentException on a length mismatch or a non-finite weight
     */
    public static QuantisedLayer of(LayerShape shape, double[] weights) {
        if (weights.length != shape.synapses()) {
            throw new IllegalArgumentException("layer " + shape.out() + " x " + shape.in() + " needs "
                    + shape.synapses() + " weights, got " + weights.length);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("cannot quantise a non-finite weight: " + w);
            }
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        double span = hi - lo;
        byte[] levels = new byte[weights.length];
        for (int k = 0; k < weights.length; k++) {
            long level = span > 0 ? Math.round((weights[k] - lo) / span * MAX_LEVEL) : 0;
            levels[k] = (byte) level;
        }
        return new QuantisedLayer(shape, lo, hi, levels);
    }

    /** The approximate weights, row-major. */
    public double[] weights() {
        double[] w = new double[levels.length];
        double step = (maxW - minW) / MAX_LEVEL;
        for (int k = 0; k < w.length; k++) {
            w[k] = minW + (levels[k] & 0xFF) * step;
        }
        return w;
    }

    /** Largest error of {@link #weights()}: half a level. */
    public double maxErrorW() {
        return (maxW - minW) / (2.0 * MAX_LEVEL);
    }

    @Override
    public byte[] levels() {
        return levels.clone();
    }
}
