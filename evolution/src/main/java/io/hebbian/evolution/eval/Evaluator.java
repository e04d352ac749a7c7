package io.hebbian.evolution.eval;

/**
 * Evaluates the episodes of one generation: local threads or a cluster. Results must depend only
 * on the tasks (each episode is deterministic by its seed), never on where or in what order they ran.
 */
public interface Evaluator extends AutoCloseable {

    /**
     * @return one outcome per task, in task order
     * @throws InterruptedException if interrupted while waiting for results
     */
    EpisodeOutcome[] evaluate(GenerationJob job) throws InterruptedException;

    /** Number of episodes that can run at once (for progress estimates). */
    int parallelism();

    @Override
    void close();
}
