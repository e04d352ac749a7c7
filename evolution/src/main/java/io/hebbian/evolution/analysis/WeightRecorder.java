package io.hebbian.evolution.analysis;

import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightMatrix;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Snapshots the policy's weights before the chosen control steps. */
final class WeightRecorder implements EpisodeHooks {

    /** Weights before control step {@code step}, one matrix per layer. */
    record Snapshot(int step, List<WeightMatrix> weights) {

        /** Every weight, layer after layer. */
        double[] flatten() {
            double[] flat = new double[weights.stream().mapToInt(m -> m.in() * m.out()).sum()];
            int offset = 0;
            for (WeightMatrix m : weights) {
                System.arraycopy(m.values(), 0, flat, offset, m.in() * m.out());
                offset += m.in() * m.out();
            }
            return flat;
        }
    }

    private final IntPredicate when;
    final List<Snapshot> snapshots = new ArrayList<>();

    WeightRecorder(IntPredicate when) {
        this.when = when;
    }

    @Override
    public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
        if (when.test(step)) {
            snapshots.add(new Snapshot(step, policy.weightMatrices()));
        }
    }
}
