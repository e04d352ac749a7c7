package io.hebbian.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.hebbian.evolution.eval.TaskRunner;
import io.hebbian.evolution.problem.TrainingProblem;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Loopback cluster settings for tests: unique name, fixed free ports, fast failure detection. */
final class TestMembers {

    /** Fast failure detection and join, so that tests stay short. */
    static final Map<String, String> FAST = Map.of(
            "hazelcast.heartbeat.interval.seconds", "1",
            "hazelcast.max.no.heartbeat.seconds", "6",
            "hazelcast.wait.seconds.before.join", "0",
            "hazelcast.max.wait.seconds.before.join", "0",
            "hazelcast.graceful.shutdown.max.wait", "10",
            "hazelcast.partition.count", "31");

    final String clusterName = "test-" + UUID.randomUUID();
    final List<Integer> ports;

    TestMembers(int count) throws IOException {
        ports = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports.add(s.getLocalPort());
            }
        }
    }

    List<String> memberList() {
        return ports.stream().map(p -> "127.0.0.1:" + p).toList();
    }

    /** Settings of member {@code k}. */
    ClusterSettings settings(int k) {
        return ClusterSettings.loopback(clusterName).withMembers(memberList()).withPort(ports.get(k))
                .withProperties(FAST);
    }

    /** Starts member {@code k} in this JVM with {@code threads} evaluation threads. */
    HazelcastInstance start(int k, int threads, Function<TrainingProblem, TaskRunner> runners) {
        return start(k, threads, new MemberRuntime(runners));
    }

    /** Starts member {@code k} in this JVM with the given runtime. */
    HazelcastInstance start(int k, int threads, MemberRuntime runtime) {
        return Hazelcast.newHazelcastInstance(MemberConfigs.build(settings(k), threads, runtime));
    }
}
