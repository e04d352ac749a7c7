package io.hebbian.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;

/**
 * A worker JVM for tests: {@code WorkerMain CLUSTER PORT MEMBERS THREADS DELAY_MS [noop]}. Prints
 * {@code JOINED} once it is a member and {@code TASK} after every episode (mode {@code noop}: runs no
 * episodes, to measure the per-task overhead; mode {@code quiet}: prints no {@code TASK}); leaves the cluster
 * when its standard input closes (so it never outlives the test JVM for long).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        ClusterSettings s = new ClusterSettings(args[0], List.of(args[2].split(",")), Optional.empty(),
                OptionalInt.of(Integer.parseInt(args[1])), Optional.empty(), Map.of()).withProperties(TestMembers.FAST);
        int threads = Integer.parseInt(args[3]);
        long delayMillis = Long.parseLong(args[4]);
        String mode = args.length > 5 ? args[5] : "episodes";
        boolean noop = mode.equals("noop");
        MemberRuntime runtime = new MemberRuntime(p -> noop ? (params, m, seed) -> new EpisodeOutcome(FitnessTerms.ZERO, 0, false)
                : traced(new EpisodeTaskRunner(p), delayMillis, !mode.equals("quiet")));
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(MemberConfigs.build(s, threads, runtime));
        System.out.println("JOINED " + hz.getCluster().getLocalMember().getUuid());
        System.out.flush();
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        hz.shutdown();
        runtime.close();
    }

    private static TaskRunner traced(TaskRunner inner, long delayMillis, boolean trace) {
        return new TaskRunner() {
            @Override
            public EpisodeOutcome run(double[] parameters, int morphology, long episodeSeed) {
                EpisodeOutcome o = inner.run(parameters, morphology, episodeSeed);
                try {
                    if (delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (trace) {
                    System.out.println("TASK");
                }
                System.out.flush();
                return o;
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
