package io.hebbian.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.eval.GenerationJob;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Evaluates generations on a Hazelcast cluster, behind the same {@link Evaluator} interface as the
 * local thread pool. The problem and noise-table settings are published once per run (renewed
 * every generation so they never expire while the run lives), the centre once per generation; batches of {@code EvalTask}s go out and {@link EpisodeOutcome}s come back.
 * Every member rebuilds candidates from its own copy of the seeded noise table, so outcomes are
 * bit-identical to a local run with the same seed. Used by one driver thread at a time.
 */
public final class ClusterEvaluator implements Evaluator {

    /** Default largest batch: enough to hide a round trip, small enough to balance a generation. */
    public static final int DEFAULT_MAX_BATCH = 8;

    private final HazelcastInstance member;
    private final boolean ownsMember;
    private final String runId = UUID.randomUUID().toString();
    private final int maxBatch;
    private final Consumer<String> notices;
    private final IMap<String, GenerationCentre> centres;
    private final IMap<String, RunSpec> runs;
    private final RunSpec spec;
    /** Members of another build, left out of this run. */
    private final Set<UUID> excluded = ConcurrentHashMap.newKeySet();

    /**
     * Uses a running member (not shut down by {@link #close()}).
     *
     * @param member      a member of the evaluation cluster; the driver
     * @param problemJson {@code TrainingProblem.toJson()} as text
     * @param noise       the run's noise table (only its seed and size travel)
     * @param maxBatch    largest number of tasks per submission, at least 1
     * @param notices     receives one line when the driver waits for workers (e.g. print to stderr)
     */
    public ClusterEvaluator(HazelcastInstance member, String problemJson, NoiseTable noise, int maxBatch,
                            Consumer<String> notices) {
        this(member, false, problemJson, noise, maxBatch, notices);
    }

    private ClusterEvaluator(HazelcastInstance member, boolean ownsMember, String problemJson, NoiseTable noise,
                             int maxBatch, Consumer<String> notices) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("largest batch must be at least 1 task, got " + maxBatch);
        }
        this.member = member;
        this.ownsMember = ownsMember;
        this.maxBatch = maxBatch;
        this.notices = notices;
        this.centres = member.getMap(ClusterNames.CENTRES);
        this.runs = member.getMap(ClusterNames.RUNS);
        this.spec = new RunSpec(problemJson, noise.seed(), noise.size(), BuildFingerprint.current());
        runs.set(runId, spec);
    }

    /**
     * Starts a driver member and evaluates on the cluster it joins; {@link #close()} makes it leave.
     *
     * @param settings      how to join
     * @param driverThreads evaluation threads of the driver itself, 0 to leave all work to workers
     * @param problemJson   {@code TrainingProblem.toJson()} as text
     * @param noise         the run's noise table, also lent to the driver's own evaluation threads
     * @param notices       receives one line when the driver waits for workers
     */
    public static ClusterEvaluator start(ClusterSettings settings, int driverThreads, String problemJson,
                                         NoiseTable noise, Consumer<String> notices) {
        MemberRuntime runtime = MemberRuntime.episodes();
        runtime.offerNoise(noise);
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(MemberConfigs.build(settings, driverThreads, runtime));
        try {
            return new ClusterEvaluator(hz, true, problemJson, noise, DEFAULT_MAX_BATCH, notices);
        } catch (RuntimeException e) {
            hz.shutdown();
            throw e;
        }
    }

    /** The member this evaluator drives from. */
    public HazelcastInstance member() {
        return member;
    }

    @Override
    public EpisodeOutcome[] evaluate(GenerationJob job) throws InterruptedException {
        String key = GenerationCentre.key(runId, job.generation());
        runs.set(runId, spec);
        centres.set(key, new GenerationCentre(job.centre(), job.sigma()));
        try {
            return new GenerationDispatch(member, runId, job.generation(), job.tasks(), maxBatch, notices,
                    excluded).run();
        } finally {
            if (member.getLifecycleService().isRunning()) {
                centres.delete(key);
            }
        }
    }

    /** Evaluation threads offered by the members now in the cluster (at least 1). */
    @Override
    public int parallelism() {
        int n = 0;
        for (Member m : member.getCluster().getMembers()) {
            n += GenerationDispatch.capacity(m);
        }
        return Math.max(1, n);
    }

    @Override
    public void close() {
        if (member.getLifecycleService().isRunning()) {
            runs.delete(runId);
            if (ownsMember) {
                Object runtime = member.getUserContext().get(ClusterNames.RUNTIME_KEY);
                member.shutdown();
                if (runtime instanceof MemberRuntime r) {
                    r.close();
                }
            }
        }
    }
}
