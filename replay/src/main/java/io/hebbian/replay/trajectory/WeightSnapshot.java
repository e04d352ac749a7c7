package io.hebbian.replay.trajectory;

import java.util.List;

/**
 * The network's weights after {@code step} control steps, quantised per layer.
 *
 * @param step   control steps taken (matches {@link Frame#step()})
 * @param layers one entry per weight layer, input side first
 */
public record WeightSnapshot(int step, List<QuantisedLayer> layers) {

    public WeightSnapshot {
        if (step < 0) {
            throw new IllegalArgumentException("snapshot step must be >= 0, got " + step);
        }
        layers = List.copyOf(layers);
    }
}
