package io.hebbian.cli;

import io.hebbian.cluster.ClusterEvaluator;
import io.hebbian.cluster.ClusterSettings;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.problem.TrainingProblem;

/** Opens the evaluator {@code evolve --cluster KIND} asks for. */
final class ClusterEvaluators {

    private ClusterEvaluators() {
    }

    /**
     * @param kind          the {@code --cluster} value; only {@code hazelcast} is known
     * @param driverThreads evaluation threads of the driver itself (0: leave the work to workers)
     */
    static Evaluator open(String kind, ClusterOptions options, TrainingProblem problem, NoiseTable noise,
                          int driverThreads) {
        if (!"hazelcast".equals(kind)) {
            throw new Errors.UserException("unknown --cluster '" + kind + "'; expected hazelcast");
        }
        if (driverThreads < 0) {
            throw new Errors.UserException("--threads must be >= 0 with --cluster, got " + driverThreads);
        }
        ClusterSettings settings = options.settings();
        ClusterEvaluator ev = ClusterEvaluator.start(settings, driverThreads, problem.toJson().toString(), noise,
                line -> System.err.println("evolve: " + line));
        System.err.printf("evolve: driving cluster '%s' from %s: %d members, %d evaluation threads%n",
                ev.member().getConfig().getClusterName(), ev.member().getCluster().getLocalMember().getAddress(),
                ev.member().getCluster().getMembers().size(), ev.parallelism());
        return ev;
    }
}
