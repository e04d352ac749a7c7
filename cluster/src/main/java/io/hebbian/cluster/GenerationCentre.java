package io.hebbian.cluster;

import java.io.Serializable;

/**
 * The search centre and σ of one generation, published once per generation so that tasks stay small.
 *
 * @param centre θ of the generation (defensively copied)
 * @param sigma  noise standard deviation of the generation
 */
record GenerationCentre(double[] centre, double sigma) implements Serializable {

    GenerationCentre {
        centre = centre.clone();
    }

    /** Map key of generation {@code generation} of run {@code runId}. */
    static String key(String runId, int generation) {
        return runId + "/" + generation;
    }
}
