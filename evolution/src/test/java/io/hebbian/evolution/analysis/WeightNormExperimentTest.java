package io.hebbian.evolution.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightMatrix;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class WeightNormExperimentTest {

    /** Two weight layers whose norms are scripted: (3, 4) at the start, then ×(1 + step) after each step. */
    private static final class ScriptedPolicy implements Policy {
        double scale = 1;

        @Override
        public int inputSize() {
            return 1;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public void reset(RandomGenerator rng) {
        }

        @Override
        public void act(double[] observation, double[] action) {
        }

        @Override
        public void weightNorms(double[] norms) {
            norms[0] = 3 * scale;
            norms[1] = 4 * scale;
        }

        @Override
        public List<WeightMatrix> weightMatrices() {
            return List.of(new WeightMatrix(1, 1, new double[1]), new WeightMatrix(1, 1, new double[1]));
        }
    }

    @Test
    void growthIsTheNormOfAllLayersOverItsStartAndAnEarlyEndHoldsTheLastValue() {
        ScriptedPolicy p = new ScriptedPolicy();
        WeightNormExperiment.NormTrace t = new WeightNormExperiment.NormTrace(p, 5);
        // |W0| = sqrt(3² + 4²) = 5; after step s the norms are (3, 4)·(1 + s), |W| = 5·(1 + s), so growth 1 + s
        t.beforeStep(0, null, p);
        for (int step = 0; step < 3; step++) {
            p.scale = 1 + step;
            t.afterStep(step, null, p, new double[1], null);
        }
        // the episode ended after 3 of 5 steps
        assertThat(t.filled()).containsExactly(new double[] {1, 2, 3, 3, 3}, within(1e-12));
    }

    @Test
    void weightsStartingAtZeroReportOneNotInfinity() {
        ScriptedPolicy p = new ScriptedPolicy();
        p.scale = 0;
        WeightNormExperiment.NormTrace t = new WeightNormExperiment.NormTrace(p, 2);
        t.beforeStep(0, null, p);
        p.scale = 7;
        t.afterStep(0, null, p, new double[1], null);
        t.afterStep(1, null, p, new double[1], null);
        assertThat(t.filled()).containsExactly(1.0, 1.0);
    }
}
