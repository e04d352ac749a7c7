package io.hebbian.evolution.eval;

import java.io.Serializable;

/**
 * What one training episode returned.
 *
 * @param fitness    the value evolution maximises (distance along +x in metres, minus any enabled costs)
 * @param distanceM  torso displacement along +x, metres
 * @param steps      control steps run (fewer than the episode length after a fall or early stop)
 * @param terminated true if the episode ended early (fell over, non-finite state, early stop)
 */
public record EpisodeOutcome(double fitness, double distanceM, int steps, boolean terminated) implements Serializable {
}
