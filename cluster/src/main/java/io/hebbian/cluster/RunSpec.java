package io.hebbian.cluster;

import java.io.Serializable;

/**
 * What every member needs once per run to rebuild candidates and run episodes: the training
 * problem as JSON, the shared noise table's seed and size, and the driver's build, which every member
 * must match (see {@link MemberRuntime}).
 *
 * @param problemJson    {@code TrainingProblem.toJson()} as text
 * @param noiseSeed      seed of the shared noise table
 * @param noiseTableSize floats in the shared noise table, positive and even
 * @param build          the driver's JVM, architecture and code
 */
record RunSpec(String problemJson, long noiseSeed, int noiseTableSize, BuildFingerprint build) implements Serializable {

    RunSpec {
        if (problemJson == null || problemJson.isBlank()) {
            throw new IllegalArgumentException("run spec needs the problem JSON, got '" + problemJson + "'");
        }
        if (noiseTableSize < 2 || noiseTableSize % 2 != 0) {
            throw new IllegalArgumentException("noise table size must be positive and even, got " + noiseTableSize);
        }
        if (build == null) {
            throw new IllegalArgumentException("run spec needs the driver's build fingerprint");
        }
    }
}
