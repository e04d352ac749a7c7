package io.hebbian.evolution.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiEsTest {

    static final int TABLE = 1 << 16;

    static EsConfig sgd(int population, double sigma, double lr, double l2) {
        return new EsConfig(population, sigma, 0.999, 0.01, lr, 0.995, 0.001, l2, Optimizer.SGD, false, 1, 9, TABLE);
    }

    @Test
    void centredRanksSpanMinusHalfToHalfAndStandardise() {
        assertThat(CenteredRanks.centered(new double[] {3, 1, 2})).containsExactly(0.5, -0.5, 0.0);
        // std of (0.5, -0.5, 0) = sqrt(0.5/3)
        double s = Math.sqrt(0.5 / 3);
        assertThat(CenteredRanks.shaped(new double[] {3, 1, 2}))
                .containsExactly(new double[] {0.5 / s, -0.5 / s, 0}, within(1e-12));
        assertThatThrownBy(() -> CenteredRanks.centered(new double[1])).hasMessageContaining("at least 2");
    }

    @Test
    void askGivesMirroredPairsSharingNoise() {
        OpenAiEs es = new OpenAiEs(sgd(6, 0.1, 0.2, 0), new NoiseTable(9, TABLE));
        List<Candidate> c = es.ask(EsState.initial(es.config(), new double[10]));
        assertThat(c).hasSize(6);
        for (int p = 0; p < 3; p++) {
            assertThat(c.get(2 * p).noiseIndex()).isEqualTo(c.get(2 * p + 1).noiseIndex());
            assertThat(c.get(2 * p).sign()).isEqualTo(1);
            assertThat(c.get(2 * p + 1).sign()).isEqualTo(-1);
        }
        assertThat(es.episodeSeed(0, 1, 0)).isNotEqualTo(es.episodeSeed(0, 2, 0)).isNotEqualTo(es.episodeSeed(1, 1, 0));
    }

    @Test
    void mirroredSgdStepMatchesHandComputation() {
        // population 2, fitness (+1 candidate) = 1 > (-1 candidate) = 0: shaped ranks (+1, -1);
        // g = (+1)(+1)ε + (-1)(-1)ε = 2ε; θ' = θ + α·2ε/(2σ) = θ + 0.1·2ε/(2·0.5) = θ + 0.2ε
        NoiseTable noise = new NoiseTable(9, TABLE);
        OpenAiEs es = new OpenAiEs(sgd(2, 0.5, 0.1, 0), noise);
        EsState s0 = EsState.initial(es.config(), new double[] {1, -1});
        List<Candidate> c = es.ask(s0);
        OpenAiEs.Step step = es.tell(s0, c, new double[] {1, 0});
        int i = c.get(0).noiseIndex();
        assertThat(step.next().centre()).containsExactly(
                new double[] {1 + 0.2 * noise.get(i), -1 + 0.2 * noise.get(i + 1)}, within(1e-12));
        assertThat(step.next().generation()).isEqualTo(1);
        assertThat(step.stats().meanFitness()).isEqualTo(0.5);
        assertThat(step.stats().maxFitness()).isEqualTo(1.0);
    }

    @Test
    void sigmaAndLearningRateDecayUntilTheirFloors() {
        OpenAiEs es = new OpenAiEs(sgd(2, 0.1, 0.2, 0), new NoiseTable(9, TABLE));
        EsState s = EsState.initial(es.config(), new double[3]);
        s = es.tell(s, es.ask(s), new double[] {1, 0}).next();
        assertThat(s.sigma()).isCloseTo(0.1 * 0.999, within(1e-15));
        assertThat(s.learningRate()).isCloseTo(0.2 * 0.995, within(1e-15));
        // below the floor nothing decays
        OpenAiEs floor = new OpenAiEs(new EsConfig(2, 0.01, 0.999, 0.01, 0.001, 0.995, 0.001, 0, Optimizer.SGD,
                false, 1, 9, TABLE), new NoiseTable(9, TABLE));
        EsState f = EsState.initial(floor.config(), new double[3]);
        f = floor.tell(f, floor.ask(f), new double[] {1, 0}).next();
        assertThat(f.sigma()).isEqualTo(0.01);
        assertThat(f.learningRate()).isEqualTo(0.001);
    }

    @Test
    void tiedLearningRateFollowsSigma() {
        EsConfig c = new EsConfig(2, 0.1, 0.9, 0.01, 0.05, 1.0, 0, 0, Optimizer.ADAM, true, 1, 9, TABLE);
        OpenAiEs es = new OpenAiEs(c, new NoiseTable(9, TABLE));
        EsState s = EsState.initial(c, new double[3]);
        s = es.tell(s, es.ask(s), new double[] {1, 0}).next();
        assertThat(s.learningRate()).isCloseTo(0.05 * 0.9, within(1e-15));
    }

    @Test
    void firstAdamStepHasMagnitudeLearningRate() {
        // after one step m̂ = g and v̂ = g², so every coordinate moves by α·g/(|g| + 1e-8) ≈ ±α
        EsConfig c = sgd(2, 0.5, 0.01, 0).withOptimizer(Optimizer.ADAM, 0.01);
        NoiseTable noise = new NoiseTable(9, TABLE);
        OpenAiEs es = new OpenAiEs(c, noise);
        EsState s0 = EsState.initial(c, new double[4]);
        List<Candidate> cand = es.ask(s0);
        EsState s1 = es.tell(s0, cand, new double[] {1, 0}).next();
        int i = cand.get(0).noiseIndex();
        for (int k = 0; k < 4; k++) {
            assertThat(s1.centre()[k]).isCloseTo(0.01 * Math.signum(noise.get(i + k)), within(1e-8));
        }
        assertThat(s1.adamStep()).isEqualTo(1);
    }

    @Test
    void l2PenaltyBreaksTiesTowardSmallerParameters() {
        assertThat(tiesAlwaysShrinkTheCentre(0.01)).isTrue();
        // without the penalty a tie is broken by position, so one of the two orders grows the centre
        assertThat(tiesAlwaysShrinkTheCentre(0)).isFalse();
    }

    /**
     * Whether, with equal raw fitness, the centre's mean square shrinks for every start and for both
     * orders of the antithetic pair (so not by where the smaller candidate happens to sit).
     */
    private static boolean tiesAlwaysShrinkTheCentre(double l2) {
        NoiseTable noise = new NoiseTable(9, TABLE);
        OpenAiEs es = new OpenAiEs(sgd(2, 0.5, 0.1, l2), noise);
        double[][] starts = {{1, 1}, {1, -0.5}, {-2, 0.3}};
        for (double[] start : starts) {
            EsState s0 = EsState.initial(es.config(), start);
            List<Candidate> c = es.ask(s0);
            for (List<Candidate> order : List.of(c, List.of(c.get(1), c.get(0)))) {
                double[] centre = es.tell(s0, order, new double[] {5, 5}).next().centre();
                if (!(meanSquare(centre) < meanSquare(start))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double meanSquare(double[] x) {
        double sq = 0;
        for (double v : x) {
            sq += v * v;
        }
        return sq / x.length;
    }

    @Test
    void nonFiniteFitnessRanksLast() {
        NoiseTable noise = new NoiseTable(9, TABLE);
        OpenAiEs es = new OpenAiEs(sgd(2, 0.5, 0.1, 0), noise);
        EsState s0 = EsState.initial(es.config(), new double[] {0, 0});
        List<Candidate> c = es.ask(s0);
        EsState nan = es.tell(s0, c, new double[] {Double.NaN, 0}).next();
        EsState low = es.tell(s0, c, new double[] {-1, 0}).next();
        assertThat(nan.centre()).containsExactly(low.centre());
    }

    @Test
    void noiseTableIsReproducibleAndRoughlyStandardNormal() {
        NoiseTable a = new NoiseTable(3, 1 << 18);
        NoiseTable b = new NoiseTable(3, 1 << 18);
        double sum = 0;
        double sq = 0;
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.get(k)).isEqualTo(b.get(k));
            sum += a.get(k);
            sq += a.get(k) * a.get(k);
        }
        assertThat(sum / a.size()).isCloseTo(0, within(0.01));
        assertThat(sq / a.size()).isCloseTo(1, within(0.01));
        assertThat(new NoiseTable(4, 1 << 18).get(5)).isNotEqualTo(a.get(5));
        assertThatThrownBy(() -> a.indexBound(1 << 18)).hasMessageContaining("too small");
    }

    @Test
    void configValidationNamesTheValue() {
        assertThatThrownBy(() -> sgd(3, 0.1, 0.2, 0)).hasMessageContaining("even").hasMessageContaining("3");
        assertThatThrownBy(() -> sgd(4, -1, 0.2, 0)).hasMessageContaining("sigma must be a positive number, got -1");
    }
}
