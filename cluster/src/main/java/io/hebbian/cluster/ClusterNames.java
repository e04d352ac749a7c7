package io.hebbian.cluster;

/** Names shared by every member of an evaluation cluster: distributed objects, attributes, context keys. */
final class ClusterNames {

    /** Executor that runs {@link EvalBatch}es; its pool size is the member's evaluation threads. */
    static final String EXECUTOR = "hebbian-eval";
    /** Run id to {@link RunSpec}: the problem and noise table of a run, published once. */
    static final String RUNS = "hebbian-runs";
    /** {@link GenerationCentre#key} to the centre of one generation, published once per generation. */
    static final String CENTRES = "hebbian-centres";
    /** Member attribute: evaluation threads the member offers (absent or 0: it evaluates nothing). */
    static final String THREADS_ATTRIBUTE = "hebbian.threads";
    /** Key of the member's {@link MemberRuntime} in the Hazelcast user context. */
    static final String RUNTIME_KEY = "io.hebbian.cluster.MemberRuntime";

    private ClusterNames() {
    }
}
