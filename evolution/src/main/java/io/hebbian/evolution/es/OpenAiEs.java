package io.hebbian.evolution.es;

import io.hebbian.controller.numeric.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * OpenAI-style evolution strategy, as in the paper's reference code: mirrored sampling from a
 * shared {@link NoiseTable}, L2 penalty {@code -l2·mean(candidate²)} on each fitness, centred-rank
 * shaping, gradient {@code Σ rᵢ εᵢ / (n σ)}, SGD or Adam ascent, then σ and α decays.
 *
 * <p>{@link #ask} and {@link #tell} are pure functions of (config, state, fitness): the strategy
 * holds no mutable state, so resuming from a saved {@link EsState} continues exactly.
 */
public final class OpenAiEs {

    private static final double ADAM_BETA1 = 0.9;
    private static final double ADAM_BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

    /** The next state and what the generation produced. */
    public record Step(EsState next, GenerationStats stats) {
    }

    private final EsConfig config;
    private final NoiseTable noise;

    public OpenAiEs(EsConfig config, NoiseTable noise) {
        if (noise.seed() != config.noiseSeed() || noise.size() != config.noiseTableSize()) {
            throw new IllegalArgumentException("noise table (seed " + noise.seed() + ", size " + noise.size()
                    + ") does not match the config (seed " + config.noiseSeed() + ", size "
                    + config.noiseTableSize() + ")");
        }
        this.config = config;
        this.noise = noise;
    }

    public EsConfig config() {
        return config;
    }

    public NoiseTable noise() {
        return noise;
    }

    /** The candidates of the next generation: mirrored pairs {@code (+ε, -ε)}, in id order. */
    public List<Candidate> ask(EsState state) {
        SplittableRandom r = new SplittableRandom(Seeds.mix(config.seed(), state.generation(), 0xA5C));
        int bound = noise.indexBound(state.dimension());
        List<Candidate> list = new ArrayList<>(config.populationSize());
        for (int pair = 0; pair < config.populationSize() / 2; pair++) {
            int index = r.nextInt(bound);
            list.add(new Candidate(2 * pair, pair, index, +1));
            list.add(new Candidate(2 * pair + 1, pair, index, -1));
        }
        return list;
    }

    /** Writes candidate {@code c}'s parameters into {@code out} (Modified). */
    public void parameters(EsState state, Candidate c, double[] out) {
        noise.perturb(state.centre(), c.sign() * state.sigma(), c.noiseIndex(), out);
    }

    /**
     * The seed of the episode a candidate runs on training morphology {@code morphology}. Both
     * members of a mirrored pair share it (same initial weights and start), which lowers the
     * variance of their difference.
     */
    public long episodeSeed(int generation, int pair, int morphology) {
        return Seeds.mix(config.seed(), generation, pair, morphology, 0xE915);
    }

    /**
     * Updates the state from the candidates' raw fitness (higher is better; non-finite ranks last).
     *
     * @param candidates as returned by {@link #ask} for {@code state}
     * @param fitness    raw fitness per candidate, same order (Not modified)
     */
    public Step tell(EsState state, List<Candidate> candidates, double[] fitness) {
        int n = candidates.size();
        if (fitness.length != n) {
            throw new IllegalArgumentException("expected " + n + " fitness values, got " + fitness.length);
        }
        double[] centre = state.centre();
        int dim = centre.length;
        double[] buf = new double[dim];
        double[] penalised = new double[n];
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int best = -1;
        for (int k = 0; k < n; k++) {
            double f = Double.isFinite(fitness[k]) ? fitness[k] : Double.NEGATIVE_INFINITY;
            Candidate c = candidates.get(k);
            noise.perturb(centre, c.sign() * state.sigma(), c.noiseIndex(), buf);
            double sq = 0;
            for (double v : buf) {
                sq += v * v;
            }
            penalised[k] = f - config.l2Coefficient() * sq / dim;
            sum += f;
            if (f > max || best < 0) {
                max = f;
                best = k;
            }
            min = Math.min(min, f);
        }
        double[] shaped = CenteredRanks.shaped(penalised);
        double[] grad = new double[dim];
        for (int k = 0; k < n; k++) {
            Candidate c = candidates.get(k);
            noise.addScaled(shaped[k] * c.sign(), c.noiseIndex(), grad);
        }
        double scale = 1.0 / (n * state.sigma());
        double lr = state.learningRate();
        double[] m = state.adamM();
        double[] v = state.adamV();
        int t = state.adamStep();
        double stepSq = 0;
        if (config.optimizer() == Optimizer.SGD) {
            for (int k = 0; k < dim; k++) {
                double step = lr * grad[k] * scale;
                centre[k] += step;
                stepSq += step * step;
            }
        } else {
            t++;
            double c1 = 1 - StrictMath.pow(ADAM_BETA1, t);
            double c2 = 1 - StrictMath.pow(ADAM_BETA2, t);
            for (int k = 0; k < dim; k++) {
                double g = grad[k] * scale;
                m[k] = ADAM_BETA1 * m[k] + (1 - ADAM_BETA1) * g;
                v[k] = ADAM_BETA2 * v[k] + (1 - ADAM_BETA2) * g * g;
                double step = lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + ADAM_EPSILON);
                centre[k] += step;
                stepSq += step * step;
            }
        }
        double sigma = state.sigma() > config.sigmaMin() ? state.sigma() * config.sigmaDecay() : state.sigma();
        double nextLr;
        if (config.tieLearningRateToSigma()) {
            nextLr = config.learningRate() * sigma / config.sigma();
        } else {
            nextLr = lr > config.learningRateMin() ? lr * config.learningRateDecay() : lr;
        }
        double bestFitness = state.bestFitness();
        double[] bestCandidate = state.bestCandidate();
        if (max > bestFitness) {
            bestFitness = max;
            parameters(state, candidates.get(best), bestCandidate);
        }
        int generation = state.generation() + 1;
        EsState next = new EsState(generation, centre, sigma, nextLr, m, v, t, bestFitness, bestCandidate);
        GenerationStats stats = new GenerationStats(generation, sum / n, max, min, state.sigma(), lr, Math.sqrt(stepSq));
        return new Step(next, stats);
    }
}
