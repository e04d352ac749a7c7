package io.hebbian.evolution.analysis;

import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Snapshots the policy's weights before the chosen control steps. */
final class WeightRecorder implements EpisodeHooks {

    /** Weights before control step {@code step}. */
    record Snapshot(int step, NetworkWeights weights) {
    }

    private final IntPredicate when;
    final List<Snapshot> snapshots = new ArrayList<>();

    WeightRecorder(IntPredicate when) {
        this.when = when;
    }

    @Override
    public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
        if (when.test(step)) {
            snapshots.add(new Snapshot(step, policy.weights()));
        }
    }
}
