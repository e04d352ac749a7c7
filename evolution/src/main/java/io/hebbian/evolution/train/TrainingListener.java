package io.hebbian.evolution.train;

import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.GenerationStats;
import io.hebbian.evolution.eval.FitnessTerms;

/** Observes training: progress display, logs, checkpoints and plots attach here. The trainer never prints. */
public interface TrainingListener {

    /** Called once before the first generation of this run (after a resume: from the resumed state). */
    default void onStart(EsState state, int targetGenerations) throws java.io.IOException {
    }

    /**
     * Called after every generation.
     *
     * @param stats     what the generation produced
     * @param meanTerms the population's mean fitness terms per episode (distance and each cost)
     * @param next      the state after the update
     * @param seconds   wall-clock seconds the generation took
     */
    void onGeneration(GenerationStats stats, FitnessTerms meanTerms, EsState next, double seconds)
            throws java.io.IOException;

    /** Called once when the run stops (finished or interrupted), with the last complete state. */
    default void onFinish(EsState last) throws java.io.IOException {
    }
}
