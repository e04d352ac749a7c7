package io.hebbian.evolution.eval;

/**
 * Runs episodes for one thread: owns that thread's simulator worlds and networks, so it is
 * created once per thread and reused. Not thread-safe.
 */
public interface TaskRunner extends AutoCloseable {

    /**
     * Runs one episode.
     *
     * @param parameters  the candidate's parameter vector (Not modified)
     * @param morphology  index into the problem's training morphologies
     * @param episodeSeed seeds everything random in the episode
     */
    EpisodeOutcome run(double[] parameters, int morphology, long episodeSeed);

    @Override
    default void close() {
    }
}
