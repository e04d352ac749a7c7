package io.hebbian.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.EvalTask;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the tasks of one generation on the cluster. The driver keeps each evaluating member busy
 * with as many batches as it has threads plus {@value #PREFETCH} queued (guided batch sizes: large
 * first, single tasks at the end), looks at the member list before every hand-out so joining
 * members start taking tasks at once, and puts the batches of a member that left back in the queue
 * so the survivors run them (a member that lost a batch gets no more work in this generation).
 * Evaluations are deterministic by seed, so a re-run batch gives the same outcomes.
 */
final class GenerationDispatch {

    /** Tries per batch before a repeatedly lost batch is reported as a failure. */
    static final int MAX_ATTEMPTS = 8;
    /** Batches queued on a member beyond its threads, so that it never waits for a round trip. */
    static final int PREFETCH = 1;
    private static final long POLL_MILLIS = 200;

    private record Range(int from, int to, int attempt) {
    }

    private record Done(Range range, UUID member, EpisodeOutcome[] outcomes, Throwable failure) {
    }

    private final HazelcastInstance hz;
    private final IExecutorService executor;
    private final String runId;
    private final int generation;
    private final List<EvalTask> tasks;
    private final int maxBatch;
    private final Consumer<String> notices;
    private final EpisodeOutcome[] out;
    private final Deque<Range> retries = new ArrayDeque<>();
    private final Map<UUID, Integer> inFlight = new HashMap<>();
    private final Set<UUID> lost = new HashSet<>();
    private final Set<UUID> excluded;
    private final BlockingQueue<Done> done = new LinkedBlockingQueue<>();
    private int next;
    private int completed;
    private boolean warnedIdle;

    /**
     * @param excluded members of another build, left out of the run (Modified: a member that refuses a
     *                 batch for its build is added, and stays out of later generations)
     */
    GenerationDispatch(HazelcastInstance hz, String runId, int generation, List<EvalTask> tasks, int maxBatch,
                       Consumer<String> notices, Set<UUID> excluded) {
        this.excluded = excluded;
        this.lost.addAll(excluded);
        this.hz = hz;
        this.executor = hz.getExecutorService(ClusterNames.EXECUTOR);
        this.runId = runId;
        this.generation = generation;
        this.tasks = tasks;
        this.maxBatch = maxBatch;
        this.notices = notices;
        this.out = new EpisodeOutcome[tasks.size()];
    }

    /** Runs every task; returns one outcome per task, in task order. */
    EpisodeOutcome[] run() throws InterruptedException {
        while (completed < tasks.size()) {
            if (!hz.getLifecycleService().isRunning()) {
                throw new IllegalStateException("this cluster member shut down during generation " + generation);
            }
            handOut();
            Done d = done.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            for (; d != null; d = done.poll()) {
                accept(d);
            }
        }
        return out;
    }

    private void handOut() {
        List<Member> members = List.copyOf(hz.getCluster().getMembers());
        int slots = 0;
        for (Member m : members) {
            slots += lost.contains(m.getUuid()) ? 0 : capacity(m);
        }
        if (slots == 0) {
            if (!warnedIdle) {
                notices.accept("no member offers evaluation threads; waiting for workers to join cluster '"
                        + hz.getConfig().getClusterName() + "'");
                warnedIdle = true;
            }
            return;
        }
        warnedIdle = false;
        for (Member m : members) {
            if (lost.contains(m.getUuid())) {
                continue;
            }
            int capacity = capacity(m);
            int free = capacity == 0 ? 0 : capacity + PREFETCH - inFlight.getOrDefault(m.getUuid(), 0);
            for (; free > 0 && hasWork(); free--) {
                submit(take(slots), m);
            }
        }
    }

    private boolean hasWork() {
        return !retries.isEmpty() || next < tasks.size();
    }

    private Range take(int slots) {
        if (!retries.isEmpty()) {
            return retries.pollFirst();
        }
        int left = tasks.size() - next;
        int size = Math.max(1, Math.min(maxBatch, left / (2 * slots)));
        Range r = new Range(next, next + size, 1);
        next += size;
        return r;
    }

    private void submit(Range r, Member m) {
        inFlight.merge(m.getUuid(), 1, Integer::sum);
        EvalBatch batch = new EvalBatch(runId, generation, tasks.subList(r.from(), r.to()));
        try {
            executor.submitToMember(batch, m, new ExecutionCallback<EpisodeOutcome[]>() {
                @Override
                public void onResponse(EpisodeOutcome[] response) {
                    done.add(new Done(r, m.getUuid(), response, null));
                }

                @Override
                public void onFailure(Throwable t) {
                    done.add(new Done(r, m.getUuid(), null, t));
                }
            });
        } catch (RuntimeException e) {
            done.add(new Done(r, m.getUuid(), null, e));
        }
    }

    private void accept(Done d) {
        inFlight.merge(d.member(), -1, Integer::sum);
        Range r = d.range();
        if (d.failure() == null) {
            if (d.outcomes().length != r.to() - r.from()) {
                throw new IllegalStateException("member " + d.member() + " returned " + d.outcomes().length
                        + " outcomes for " + (r.to() - r.from()) + " tasks");
            }
            System.arraycopy(d.outcomes(), 0, out, r.from(), d.outcomes().length);
            completed += d.outcomes().length;
        } else if (BuildMismatchException.isIn(d.failure())) {
            lost.add(d.member());
            if (excluded.add(d.member())) {
                notices.accept("member " + d.member() + " left out of the run: "
                        + BuildMismatchException.message(d.failure()));
            }
            retries.addLast(r);
        } else if (MemberLoss.isMemberLoss(d.failure()) && r.attempt() < MAX_ATTEMPTS) {
            lost.add(d.member());
            retries.addLast(new Range(r.from(), r.to(), r.attempt() + 1));
        } else {
            throw new IllegalStateException("evaluation of tasks " + r.from() + ".." + (r.to() - 1) + " of generation "
                    + generation + " failed on member " + d.member() + " (attempt " + r.attempt() + "): "
                    + d.failure(), d.failure());
        }
    }

    /** Evaluation threads {@code m} offers: its {@value ClusterNames#THREADS_ATTRIBUTE} attribute, else 0. */
    static int capacity(Member m) {
        if (m.isLiteMember()) {
            return 0;
        }
        String v = m.getAttribute(ClusterNames.THREADS_ATTRIBUTE);
        try {
            return v == null ? 0 : Math.max(0, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
