package io.hebbian.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import io.hebbian.controller.io.FormatException;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import io.hebbian.evolution.problem.TrainingProblem;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The evaluation state of one cluster member, kept in its Hazelcast user context: the shared
 * noise table (built once per seed and size), and per run the decoded problem, the cached centre
 * of the current generation and a pool of {@link TaskRunner}s (one per executor thread in use).
 * Everything is built lazily on the first batch of a run. Thread-safe.
 */
public final class MemberRuntime {

    private static final int RUNS_KEPT = 2;

    private final Function<TrainingProblem, TaskRunner> runnerFactory;
    private final BuildFingerprint build;
    private final Map<String, MemberRun> runs = new LinkedHashMap<>();
    private NoiseTable noise;

    /**
     * @param runnerFactory makes one runner for a problem; called at most once per executor thread
     *                      in use, on that thread
     */
    public MemberRuntime(Function<TrainingProblem, TaskRunner> runnerFactory) {
        this(runnerFactory, BuildFingerprint.current());
    }

    /** A runtime that presents {@code build} as its own (tests: a member of another build). */
    MemberRuntime(Function<TrainingProblem, TaskRunner> runnerFactory, BuildFingerprint build) {
        this.runnerFactory = runnerFactory;
        this.build = build;
    }

    /** A runtime that runs real simulator episodes ({@link EpisodeTaskRunner}). */
    public static MemberRuntime episodes() {
        return new MemberRuntime(EpisodeTaskRunner::new);
    }

    /**
     * Lends an already built noise table (the driver's own), so that a driver that also evaluates
     * does not build a second copy. Runs whose seed or size differ still build their own.
     */
    public synchronized void offerNoise(NoiseTable table) {
        this.noise = table;
    }

    /** The runtime of {@code member}; one running real episodes is installed if the member has none. */
    static MemberRuntime of(HazelcastInstance member) {
        return (MemberRuntime) member.getUserContext()
                .computeIfAbsent(ClusterNames.RUNTIME_KEY, k -> episodes());
    }

    /** Runs the episodes of {@code batch} on the calling thread, in order. */
    EpisodeOutcome[] run(HazelcastInstance member, EvalBatch batch) {
        MemberRun run = run(member, batch.runId());
        GenerationCentre centre = run.centre(member, batch.generation());
        return run.evaluate(batch.tasks(), centre);
    }

    private synchronized MemberRun run(HazelcastInstance member, String runId) {
        MemberRun run = runs.get(runId);
        if (run != null) {
            return run;
        }
        RunSpec spec = member.<String, RunSpec>getMap(ClusterNames.RUNS).get(runId);
        if (spec == null) {
            throw new IllegalStateException("run " + runId + " is not published in map " + ClusterNames.RUNS
                    + "; was the driver restarted or stopped?");
        }
        List<String> differences = build.differences(spec.build());
        if (!differences.isEmpty()) {
            throw new BuildMismatchException("this member's build differs from the driver's of run " + runId + " ("
                    + String.join("; ", differences) + ", here vs driver): its episodes would not be bit-identical,"
                    + " so it takes no part; run the same build (same commit and JDK) on every machine");
        }
        TrainingProblem problem;
        try {
            problem = TrainingProblem.fromJson(new ObjectMapper().readTree(spec.problemJson()));
        } catch (IOException | FormatException e) {
            throw new IllegalStateException("run " + runId + " has an unreadable problem: " + e.getMessage(), e);
        }
        if (noise == null || noise.seed() != spec.noiseSeed() || noise.size() != spec.noiseTableSize()) {
            noise = new NoiseTable(spec.noiseSeed(), spec.noiseTableSize());
        }
        run = new MemberRun(runId, () -> runnerFactory.apply(problem), noise);
        runs.put(runId, run);
        evictOldRuns();
        return run;
    }

    private void evictOldRuns() {
        Iterator<MemberRun> it = runs.values().iterator();
        while (runs.size() > RUNS_KEPT && it.hasNext()) {
            it.next().close();
            it.remove();
        }
    }

    /** Closes every idle runner; runners still in use close when their batch ends. */
    public synchronized void close() {
        runs.values().forEach(MemberRun::close);
        runs.clear();
    }
}
