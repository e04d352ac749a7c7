package io.hebbian.evolution.eval;

import java.util.List;

/**
 * The episodes of one generation: the centre and σ (sent once) and the tasks.
 *
 * @param generation generation number (0-based: the one being evaluated)
 * @param centre     current search centre θ (Not modified by evaluators)
 * @param sigma      current noise standard deviation
 * @param tasks      the episodes, in a fixed order; results come back in the same order
 */
public record GenerationJob(int generation, double[] centre, double sigma, List<EvalTask> tasks) {
    public GenerationJob {
        tasks = List.copyOf(tasks);
    }
}
