package io.hebbian.cluster;

import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.eval.EvalTask;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.eval.GenerationJob;
import io.hebbian.evolution.eval.LocalEvaluator;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import io.hebbian.evolution.train.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of local threads vs 1 and 2 worker JVMs, and the per-task overhead of the cluster
 * (no-op episodes). Not a timed assertion; run with
 * {@code mvn -B -o -pl cluster test -Dtest=ClusterBench -Dcluster.excludedGroups=none}.
 * Prints the numbers and writes them to {@code target/cluster-bench.txt}.
 */
@Tag("bench")
class ClusterBench {

    private static final int WARMUP = 6;
    private static final int TIMED = 8;
    private final List<String> report = new ArrayList<>();

    @Test
    void throughputAndOverhead() throws Exception {
        TinyRun run = TinyRun.create(5, 32);
        for (int threads = 1; threads <= 2; threads++) {
            try (Evaluator ev = new LocalEvaluator(() -> new EpisodeTaskRunner(run.problem), run.noise, threads)) {
                line("local, %d thread(s): %.1f episodes/s", threads, episodesPerSecond(run, ev, () -> { }));
            }
        }
        for (int workers = 1; workers <= 2; workers++) {
            TestMembers t = new TestMembers(workers + 1);
            List<WorkerProcess> procs = new ArrayList<>();
            HazelcastInstance driver = t.start(0, 0, EpisodeTaskRunner::new);
            try {
                for (int k = 1; k <= workers; k++) {
                    procs.add(WorkerProcess.start(t, k, 0, 1, "quiet"));
                }
                for (WorkerProcess w : procs) {
                    w.awaitJoined(90);
                }
                try (Evaluator ev = new ClusterEvaluator(driver, run.problemJson, run.noise, 8, s -> { })) {
                    long[] cpu = new long[1];
                    double rate = episodesPerSecond(run, ev, () -> cpu[0] = procs.stream()
                            .mapToLong(WorkerProcess::cpuMillis).sum() - cpu[0]);
                    line("cluster, %d worker JVM(s) x 1 thread, driver 0 threads: %.1f episodes/s, "
                            + "worker CPU %.2f ms/episode", workers, rate,
                            cpu[0] / (double) (TIMED * run.tasksPerGeneration()));
                }
            } finally {
                for (WorkerProcess w : procs) {
                    w.close();
                }
                driver.shutdown();
            }
        }
        overhead(run);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "cluster-bench.txt"), report);
    }

    private void overhead(TinyRun run) throws Exception {
        TestMembers t = new TestMembers(2);
        HazelcastInstance driver = t.start(0, 0, EpisodeTaskRunner::new);
        try (WorkerProcess w = WorkerProcess.start(t, 1, 0, 1, "noop")) {
            w.awaitJoined(90);
            List<EvalTask> tasks = new ArrayList<>();
            for (int k = 0; k < 2000; k++) {
                tasks.add(new EvalTask(k, k, 1, 0, k));
            }
            for (int batch : new int[] {1, 8, 32}) {
                try (Evaluator ev = new ClusterEvaluator(driver, run.problemJson, run.noise, batch, s -> { })) {
                    ev.evaluate(new GenerationJob(0, run.theta0, 0.1, tasks));
                    long t0 = System.nanoTime();
                    ev.evaluate(new GenerationJob(1, run.theta0, 0.1, tasks));
                    double micros = (System.nanoTime() - t0) / 1e3 / tasks.size();
                    line("per-task overhead, 1 worker JVM x 1 thread, largest batch %d: %.0f us/task", batch, micros);
                }
            }
        } finally {
            driver.shutdown();
        }
    }

    /** Episodes per second over the timed generations; {@code mark} runs at their start and end. */
    private static double episodesPerSecond(TinyRun run, Evaluator ev, Runnable mark) throws Exception {
        Trainer trainer = run.trainer(ev);
        EsState s = run.initial();
        for (int g = 0; g < WARMUP; g++) {
            s = trainer.generation(s).step().next();
        }
        mark.run();
        long t0 = System.nanoTime();
        for (int g = 0; g < TIMED; g++) {
            s = trainer.generation(s).step().next();
        }
        mark.run();
        return TIMED * run.tasksPerGeneration() / ((System.nanoTime() - t0) * 1e-9);
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        report.add(s);
        System.out.println("ClusterBench: " + s);
    }
}
