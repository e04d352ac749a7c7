package io.hebbian.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import io.hebbian.cluster.MemberConfigs;
import io.hebbian.cluster.MemberRuntime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hebbian worker}: a cluster member that evaluates episodes for {@code evolve --cluster hazelcast}. */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join a Hazelcast cluster and evaluate episodes for 'evolve --cluster hazelcast' until stopped.",
            "Ctrl-C leaves the cluster cleanly; tasks in progress run again on the other members.",
            "Bind only to a private interface: Hazelcast open source has no authentication."})
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--threads", description = "Evaluation threads (default: all cores).")
    Integer threads;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new Errors.UserException("--threads must be at least 1, got " + n);
        }
        MemberRuntime runtime = MemberRuntime.episodes();
        HazelcastInstance hz = Hazelcast.newHazelcastInstance(MemberConfigs.build(cluster.settings(), n, runtime));
        CountDownLatch stopped = new CountDownLatch(1);
        hz.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == LifecycleEvent.LifecycleState.SHUTDOWN) {
                runtime.close();
                stopped.countDown();
            }
        });
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                System.err.printf("worker: %s joined (%d members)%n", e.getMember().getAddress(), e.getMembers().size());
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                System.err.printf("worker: %s left (%d members)%n", e.getMember().getAddress(), e.getMembers().size());
            }
        });
        System.err.printf("worker: member %s of cluster '%s' (%d members), %d evaluation threads; Ctrl-C to leave%n",
                hz.getCluster().getLocalMember().getAddress(), hz.getConfig().getClusterName(),
                hz.getCluster().getMembers().size(), n);
        stopped.await();
        return 0;
    }
}
