package io.hebbian.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import io.hebbian.evolution.problem.TrainingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cluster evaluation with members in this JVM: equality with the local run, joins, driver restart, failures. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterEvaluatorTest {

    private static TinyRun run;
    private static EsState local3;
    private final List<HazelcastInstance> members = new ArrayList<>();

    @BeforeAll
    static void reference() throws Exception {
        run = TinyRun.create(7);
        local3 = run.local(3);
    }

    @AfterEach
    void shutdown() {
        members.forEach(HazelcastInstance::shutdown);
    }

    private HazelcastInstance start(TestMembers t, int k, int threads, Function<TrainingProblem, TaskRunner> f) {
        HazelcastInstance hz = t.start(k, threads, f);
        members.add(hz);
        return hz;
    }

    private ClusterEvaluator driver(HazelcastInstance hz) {
        return new ClusterEvaluator(hz, run.problemJson, run.noise, 3, line -> { });
    }

    @Test
    void driverAndOneMemberGiveTheLocalResultBitForBit() throws Exception {
        TestMembers t = new TestMembers(2);
        HazelcastInstance d = start(t, 0, 1, EpisodeTaskRunner::new);
        AtomicInteger onWorker = new AtomicInteger();
        start(t, 1, 1, p -> counted(new EpisodeTaskRunner(p), onWorker));
        try (ClusterEvaluator ev = driver(d)) {
            assertThat(ev.parallelism()).isEqualTo(2);
            States.assertIdentical(run.run(ev, run.initial(), 3), local3);
        }
        assertThat(onWorker.get()).as("episodes run on the second member").isPositive();
    }

    @Test
    void aMemberJoiningMidRunTakesTasksAndARestartedDriverResumes() throws Exception {
        TestMembers t = new TestMembers(3);
        start(t, 1, 1, EpisodeTaskRunner::new);
        HazelcastInstance first = start(t, 0, 0, EpisodeTaskRunner::new);
        EsState half;
        try (ClusterEvaluator ev = driver(first)) {
            half = run.run(ev, run.initial(), 1);
        }
        first.shutdown();
        AtomicInteger onJoined = new AtomicInteger();
        HazelcastInstance second = start(t, 0, 0, EpisodeTaskRunner::new);
        try (ClusterEvaluator ev = driver(second)) {
            start(t, 2, 1, p -> counted(new EpisodeTaskRunner(p), onJoined));
            States.assertIdentical(run.run(ev, half, 3), local3);
        }
        assertThat(onJoined.get()).as("episodes run by the member that joined mid-run").isPositive();
    }

    @Test
    void anEpisodeThatThrowsFailsTheGenerationWithTheCause() throws Exception {
        TestMembers t = new TestMembers(1);
        HazelcastInstance d = start(t, 0, 1, p -> (params, morphology, seed) -> {
            throw new IllegalArgumentException("broken episode " + seed);
        });
        try (ClusterEvaluator ev = driver(d)) {
            assertThatThrownBy(() -> run.run(ev, run.initial(), 1))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken episode");
        }
    }

    @Test
    void aMemberOfAnotherBuildIsLeftOutOnceAndTheRunStaysBitIdentical() throws Exception {
        TestMembers t = new TestMembers(2);
        HazelcastInstance d = start(t, 0, 1, EpisodeTaskRunner::new);
        BuildFingerprint here = BuildFingerprint.current();
        BuildFingerprint other = new BuildFingerprint(here.jvm(), here.arch(), "0123456789abcdef");
        AtomicInteger onOther = new AtomicInteger();
        HazelcastInstance stale = t.start(1, 1, new MemberRuntime(p -> counted(new EpisodeTaskRunner(p), onOther), other));
        members.add(stale);
        List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ClusterEvaluator ev = new ClusterEvaluator(d, run.problemJson, run.noise, 3, notices::add)) {
            States.assertIdentical(run.run(ev, run.initial(), 3), local3);
        }
        assertThat(onOther.get()).as("episodes run by the member of another build").isZero();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("left out of the run").contains("code 0123456789abcdef vs " + here.code())
                .contains("same commit and JDK");
    }

    @Test
    void theFingerprintIsStableAndNamesTheJvmArchAndCode() {
        BuildFingerprint f = BuildFingerprint.current();
        assertThat(f.arch()).isEqualTo(System.getProperty("os.arch"));
        assertThat(f.jvm()).contains(System.getProperty("java.runtime.version"));
        assertThat(f.code()).matches("[0-9a-f]{16}");
        assertThat(f.differences(new BuildFingerprint(f.jvm(), f.arch(), f.code()))).isEmpty();
        assertThat(f.differences(new BuildFingerprint("Other 99", "riscv64", f.code())))
                .containsExactly("JVM " + f.jvm() + " vs Other 99", "arch " + f.arch() + " vs riscv64");
    }

    static TaskRunner counted(TaskRunner inner, AtomicInteger count) {
        return new TaskRunner() {
            @Override
            public EpisodeOutcome run(double[] parameters, int morphology, long episodeSeed) {
                count.incrementAndGet();
                return inner.run(parameters, morphology, episodeSeed);
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
