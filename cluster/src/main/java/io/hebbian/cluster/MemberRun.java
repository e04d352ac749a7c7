package io.hebbian.cluster;

import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.EvalTask;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.evolution.es.NoiseTable;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/** One run as seen by one member: its noise table, a pool of runners and the current centre. Thread-safe. */
final class MemberRun {

    private final String runId;
    private final Supplier<TaskRunner> factory;
    private final NoiseTable noise;
    private final ConcurrentLinkedDeque<TaskRunner> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;
    private int cachedGeneration = -1;
    private GenerationCentre cachedCentre;

    MemberRun(String runId, Supplier<TaskRunner> factory, NoiseTable noise) {
        this.runId = runId;
        this.factory = factory;
        this.noise = noise;
    }

    /** The centre of {@code generation}, read from the cluster once and then cached. */
    synchronized GenerationCentre centre(HazelcastInstance member, int generation) {
        if (generation != cachedGeneration) {
            GenerationCentre c = member.<String, GenerationCentre>getMap(ClusterNames.CENTRES)
                    .get(GenerationCentre.key(runId, generation));
            if (c == null) {
                throw new IllegalStateException("centre of generation " + generation + " of run " + runId
                        + " is not published in map " + ClusterNames.CENTRES);
            }
            cachedGeneration = generation;
            cachedCentre = c;
        }
        return cachedCentre;
    }

    /** Runs {@code tasks} in order on the calling thread with a pooled runner. */
    EpisodeOutcome[] evaluate(List<EvalTask> tasks, GenerationCentre centre) {
        TaskRunner runner = idle.pollFirst();
        if (runner == null) {
            runner = factory.get();
        }
        try {
            EpisodeOutcome[] out = new EpisodeOutcome[tasks.size()];
            double[] params = new double[centre.centre().length];
            for (int k = 0; k < out.length; k++) {
                EvalTask t = tasks.get(k);
                candidate(centre, t, params);
                out[k] = runner.run(params, t.morphology(), t.episodeSeed());
            }
            return out;
        } finally {
            idle.addFirst(runner);
            if (closed) {
                closeIdle();
            }
        }
    }

    /**
     * Candidate of {@code t} into {@code out}: the centre for sign 0, else
     * {@code centre + sign·σ·noise[index ..]}, computed exactly as the local evaluator does.
     */
    private void candidate(GenerationCentre c, EvalTask t, double[] out) {
        if (t.sign() == 0) {
            System.arraycopy(c.centre(), 0, out, 0, out.length);
        } else {
            noise.perturb(c.centre(), t.sign() * c.sigma(), t.noiseIndex(), out);
        }
    }

    void close() {
        closed = true;
        closeIdle();
    }

    private void closeIdle() {
        for (TaskRunner r = idle.pollFirst(); r != null; r = idle.pollFirst()) {
            r.close();
        }
    }
}
