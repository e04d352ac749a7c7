package io.hebbian.evolution.eval;

import io.hebbian.evolution.es.NoiseTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Evaluates on local threads, one {@link TaskRunner} (one simulator world per morphology) per
 * thread. Threads take tasks from a shared counter, so a slow episode does not stall the others.
 */
public final class LocalEvaluator implements Evaluator {

    private final Supplier<TaskRunner> factory;
    private final NoiseTable noise;
    private final int threads;
    private final ExecutorService pool;
    private final List<TaskRunner> runners = new ArrayList<>();

    /**
     * @param runnerFactory makes one runner per thread (called lazily on that thread's first job)
     * @param noise         the shared noise table candidates are built from
     * @param threads       worker threads, at least 1
     */
    public LocalEvaluator(Supplier<TaskRunner> runnerFactory, NoiseTable noise, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("need at least 1 thread, got " + threads);
        }
        this.factory = runnerFactory;
        this.noise = noise;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "evaluator");
            t.setDaemon(true);
            return t;
        });
        for (int k = 0; k < threads; k++) {
            runners.add(null);
        }
    }

    @Override
    public EpisodeOutcome[] evaluate(GenerationJob job) throws InterruptedException {
        List<EvalTask> tasks = job.tasks();
        EpisodeOutcome[] out = new EpisodeOutcome[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                TaskRunner runner = runner(worker);
                double[] params = new double[job.centre().length];
                for (int k = next.getAndIncrement(); k < tasks.size(); k = next.getAndIncrement()) {
                    EvalTask t = tasks.get(k);
                    build(job, t, params, noise);
                    out[k] = runner.run(params, t.morphology(), t.episodeSeed());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    /** Candidate parameters of {@code t} (centre itself for sign 0) into {@code out} (Modified). */
    public static void build(GenerationJob job, EvalTask t, double[] out, NoiseTable noise) {
        if (t.sign() == 0) {
            System.arraycopy(job.centre(), 0, out, 0, out.length);
        } else {
            noise.perturb(job.centre(), t.sign() * job.sigma(), t.noiseIndex(), out);
        }
    }

    private synchronized TaskRunner runner(int worker) {
        TaskRunner r = runners.get(worker);
        if (r == null) {
            r = factory.get();
            runners.set(worker, r);
        }
        return r;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        for (TaskRunner r : runners) {
            if (r != null) {
                r.close();
            }
        }
    }
}
