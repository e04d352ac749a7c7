package io.hebbian.evolution.train;

import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.evolution.eval.TaskRunner;
import java.util.SplittableRandom;

/** A cheap deterministic "episode": fitness = -|x - target|² plus seeded noise, per morphology offset. */
final class ToyRunner implements TaskRunner {
    @Override
    public EpisodeOutcome run(double[] x, int morphology, long seed) {
        double f = 0;
        for (int k = 0; k < x.length; k++) {
            double d = x[k] - (1.0 + 0.5 * morphology);
            f -= d * d;
        }
        f += 0.01 * new SplittableRandom(seed).nextGaussian();
        return new EpisodeOutcome(FitnessTerms.distance(f), 1, false);
    }
}
