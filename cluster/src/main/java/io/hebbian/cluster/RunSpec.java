package io.hebbian.cluster;

import java.io.Serializable;

/**
 * What every member needs once per run to rebuild candidates and run episodes: the training
 * problem as JSON and the shared noise table's seed and size.
 *
 * @param problemJson    {@code TrainingProblem.toJson()} as text
 * @param noiseSeed      seed of the shared noise table
 * @param noiseTableSize floats in the shared noise table, positive and even
 */
record RunSpec(String problemJson, long noiseSeed, int noiseTableSize) implements Serializable {

    RunSpec {
        if (problemJson == null || problemJson.isBlank()) {
            throw new IllegalArgumentException("run spec needs the problem JSON, got '" + problemJson + "'");
        }
        if (noiseTableSize < 2 || noiseTableSize % 2 != 0) {
            throw new IllegalArgumentException("noise table size must be positive and even, got " + noiseTableSize);
        }
    }
}
