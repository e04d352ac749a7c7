package io.hebbian.evolution.eval;

import java.io.Serializable;

/**
 * What one training episode returned.
 *
 * @param terms      distance and costs; their sum is the fitness
 * @param steps      control steps run (fewer than the episode length after a fall or early stop)
 * @param terminated true if the episode ended early (fell over, non-finite state, early stop)
 */
public record EpisodeOutcome(FitnessTerms terms, int steps, boolean terminated) implements Serializable {

    /** The value evolution maximises: distance along +x in metres, minus any enabled costs. */
    public double fitness() {
        return terms.fitness();
    }

    /** Torso displacement along +x, metres. */
    public double distanceM() {
        return terms.distanceM();
    }
}
