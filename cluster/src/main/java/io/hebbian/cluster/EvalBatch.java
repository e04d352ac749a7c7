package io.hebbian.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.EvalTask;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A few episodes of one generation, run one after another on one executor thread of a member.
 * Only ids and seeds travel; the member rebuilds every candidate from its own copy of the shared
 * noise table and the generation's centre (see {@link MemberRuntime}).
 */
final class EvalBatch implements Callable<EpisodeOutcome[]>, HazelcastInstanceAware, Serializable {

    private static final long serialVersionUID = 1L;

    private final String runId;
    private final int generation;
    private final List<EvalTask> tasks;
    private transient HazelcastInstance member;

    /**
     * @param runId      id under which the run's {@link RunSpec} is published
     * @param generation generation whose centre the candidates are built around
     * @param tasks      episodes to run, at least one
     */
    EvalBatch(String runId, int generation, List<EvalTask> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one task, got none (run " + runId
                    + ", generation " + generation + ")");
        }
        this.runId = runId;
        this.generation = generation;
        this.tasks = List.copyOf(tasks);
    }

    String runId() {
        return runId;
    }

    int generation() {
        return generation;
    }

    List<EvalTask> tasks() {
        return tasks;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public EpisodeOutcome[] call() {
        if (member == null) {
            throw new IllegalStateException("EvalBatch runs only on a Hazelcast member (no instance was injected)");
        }
        return MemberRuntime.of(member).run(member, this);
    }
}
