package io.hebbian.evolution.es;

/**
 * Settings of the OpenAI-style evolution strategy (mirrored sampling, centred-rank shaping,
 * L2 penalty on fitness).
 *
 * @param populationSize   candidates per generation; even (mirrored pairs)
 * @param sigma            initial noise standard deviation
 * @param sigmaDecay       σ multiplier per generation while σ > sigmaMin
 * @param sigmaMin         σ stops decaying at or below this
 * @param learningRate     initial learning rate α
 * @param learningRateDecay α multiplier per generation while α > learningRateMin
 * @param learningRateMin  α stops decaying at or below this
 * @param l2Coefficient    fitness penalty {@code -l2 · mean(θ²)} of each candidate (0.01 in the paper's code)
 * @param optimizer        SGD (paper) or Adam
 * @param tieLearningRateToSigma if true, α is scaled by σ/σ₀ instead of decayed on its own (the
 *                         prototype's fix for Adam runs that degrade once σ is small)
 * @param seed             seeds the noise-index draws and episode seeds of every generation
 * @param noiseSeed        seeds the shared noise table
 * @param noiseTableSize   floats in the noise table
 */
public record EsConfig(int populationSize, double sigma, double sigmaDecay, double sigmaMin,
                       double learningRate, double learningRateDecay, double learningRateMin,
                       double l2Coefficient, Optimizer optimizer, boolean tieLearningRateToSigma,
                       long seed, long noiseSeed, int noiseTableSize) {

    public EsConfig {
        if (populationSize < 2 || populationSize % 2 != 0) {
            throw new IllegalArgumentException("population size must be even and at least 2 (mirrored pairs), got "
                    + populationSize);
        }
        positive("sigma", sigma);
        positive("learning rate", learningRate);
        within01("sigma decay", sigmaDecay);
        within01("learning-rate decay", learningRateDecay);
        if (!(sigmaMin >= 0) || !(learningRateMin >= 0) || !(l2Coefficient >= 0)) {
            throw new IllegalArgumentException("sigmaMin, learningRateMin and l2 must be >= 0, got "
                    + sigmaMin + ", " + learningRateMin + ", " + l2Coefficient);
        }
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }

    private static void within01(String what, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be within (0, 1], got " + v);
        }
    }

    /** The paper's settings: population 500, α 0.2 (×0.995 while > 0.001), σ 0.1 (×0.999 while > 0.01), SGD. */
    public static EsConfig paper(long seed) {
        return new EsConfig(500, 0.1, 0.999, 0.01, 0.2, 0.995, 0.001, 0.01, Optimizer.SGD, false,
                seed, 0x5EEDL, NoiseTable.DEFAULT_SIZE);
    }

    /**
     * The default for a first run on a laptop, from the DESIGN prototype: population 64, Adam α 0.05
     * tied to σ, σ 0.1 (×0.999 while > 0.05).
     */
    public static EsConfig quickStart(long seed) {
        return new EsConfig(64, 0.1, 0.999, 0.05, 0.05, 1.0, 0.0, 0.01, Optimizer.ADAM, true,
                seed, 0x5EEDL, NoiseTable.DEFAULT_SIZE);
    }

    public EsConfig withPopulation(int n) {
        return new EsConfig(n, sigma, sigmaDecay, sigmaMin, learningRate, learningRateDecay, learningRateMin,
                l2Coefficient, optimizer, tieLearningRateToSigma, seed, noiseSeed, noiseTableSize);
    }

    public EsConfig withSeed(long s) {
        return new EsConfig(populationSize, sigma, sigmaDecay, sigmaMin, learningRate, learningRateDecay,
                learningRateMin, l2Coefficient, optimizer, tieLearningRateToSigma, s, noiseSeed, noiseTableSize);
    }

    public EsConfig withNoiseTableSize(int size) {
        return new EsConfig(populationSize, sigma, sigmaDecay, sigmaMin, learningRate, learningRateDecay,
                learningRateMin, l2Coefficient, optimizer, tieLearningRateToSigma, seed, noiseSeed, size);
    }

    public EsConfig withOptimizer(Optimizer o, double lr) {
        return new EsConfig(populationSize, sigma, sigmaDecay, sigmaMin, lr, learningRateDecay,
                learningRateMin, l2Coefficient, o, tieLearningRateToSigma, seed, noiseSeed, noiseTableSize);
    }

    public EsConfig withSigma(double s) {
        return new EsConfig(populationSize, s, sigmaDecay, sigmaMin, learningRate, learningRateDecay,
                learningRateMin, l2Coefficient, optimizer, tieLearningRateToSigma, seed, noiseSeed, noiseTableSize);
    }
}
