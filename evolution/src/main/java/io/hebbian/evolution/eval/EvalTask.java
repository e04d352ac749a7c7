package io.hebbian.evolution.eval;

import java.io.Serializable;

/**
 * One episode to run: candidate {@code θ + sign·σ·noise[noiseIndex ..]} on training morphology
 * {@code morphology} with episode seed {@code episodeSeed}. Small on purpose: this is all that
 * travels to a cluster member.
 *
 * @param candidate   candidate id within the generation
 * @param noiseIndex  slice start in the shared noise table
 * @param sign        +1 or -1 (0 evaluates the centre itself)
 * @param morphology  index into the problem's training morphologies
 * @param episodeSeed seeds initial weights, initial pose and domain randomisation
 */
public record EvalTask(int candidate, int noiseIndex, int sign, int morphology, long episodeSeed)
        implements Serializable {
}
