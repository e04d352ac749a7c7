package io.hebbian.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Driver in this JVM, two worker JVMs on 127.0.0.1: equality with the local run, and kill -9 mid-generation. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WorkerProcessTest {

    private static TinyRun run;
    private static EsState local3;
    private final List<WorkerProcess> workers = new ArrayList<>();
    private HazelcastInstance driver;

    @BeforeAll
    static void reference() throws Exception {
        run = TinyRun.create(11);
        local3 = run.local(3);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (WorkerProcess w : workers) {
            w.close();
        }
        if (driver != null) {
            driver.shutdown();
        }
    }

    private ClusterEvaluator cluster(TestMembers t, long delayMillis) throws Exception {
        driver = t.start(0, 0, EpisodeTaskRunner::new);
        for (int k = 1; k <= 2; k++) {
            workers.add(WorkerProcess.start(t, k, delayMillis));
        }
        for (WorkerProcess w : workers) {
            w.awaitJoined(90);
        }
        return new ClusterEvaluator(driver, run.problemJson, run.noise, 2, line -> { });
    }

    @Test
    void twoWorkerJvmsGiveTheLocalResultBitForBit() throws Exception {
        try (ClusterEvaluator ev = cluster(new TestMembers(3), 0)) {
            assertThat(ev.parallelism()).isEqualTo(2);
            States.assertIdentical(run.run(ev, run.initial(), 3), local3);
        }
        assertThat(workers).allSatisfy(w -> assertThat(w.tasks()).isPositive());
        assertThat(workers.get(0).tasks() + workers.get(1).tasks()).isGreaterThanOrEqualTo(3 * run.tasksPerGeneration());
    }

    @Test
    void aWorkerKilledMidGenerationLosesNothing() throws Exception {
        ExecutorService drive = Executors.newSingleThreadExecutor();
        try (ClusterEvaluator ev = cluster(new TestMembers(3), 40)) {
            Future<EsState> result = drive.submit(() -> run.run(ev, run.initial(), 3));
            WorkerProcess victim = workers.get(0);
            WorkerProcess survivor = workers.get(1);
            victim.awaitTasks(run.tasksPerGeneration() / 2 + 3, 90);
            victim.kill();
            int survivorAtKill = survivor.tasks();
            assertThat(result.isDone()).as("the run was still going when the worker was killed").isFalse();
            States.assertIdentical(result.get(150, TimeUnit.SECONDS), local3);
            assertThat(survivor.tasks()).as("episodes the survivor ran after the kill").isGreaterThan(survivorAtKill);
        } finally {
            drive.shutdownNow();
        }
    }
}
