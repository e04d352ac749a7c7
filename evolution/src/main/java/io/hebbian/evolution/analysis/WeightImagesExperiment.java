package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.WeightMatrix;
import io.hebbian.sim.env.Rollouts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Per-layer weight heatmaps at chosen steps of one episode, as in the paper's Figures 1 and 6. */
public final class WeightImagesExperiment {

    private final Rollouts rollouts;

    public WeightImagesExperiment(Rollouts rollouts) {
        this.rollouts = rollouts;
    }

    /** Writes {@code weights-l<layer>-t<step>.png} into {@code dir}; returns the files written. */
    public List<Path> run(Morphology morphology, int[] steps, long seed, Path dir) throws InterruptedException, IOException {
        int[] sorted = steps.clone();
        Arrays.sort(sorted);
        var runs = rollouts.run(List.of(morphology), 1, seed, 1,
                (p, m, r) -> new WeightRecorder(s -> Arrays.binarySearch(sorted, s) >= 0));
        List<Path> files = new ArrayList<>();
        for (WeightRecorder.Snapshot s : runs.get(0).get(0).hooks().snapshots) {
            for (int l = 0; l < s.weights().size(); l++) {
                WeightMatrix m = s.weights().get(l);
                Path png = dir.resolve("weights-l" + l + "-t" + s.step() + ".png");
                Plots.heatmap(png, "layer " + l + " weights at step " + s.step(), m.values(), m.out(), m.in());
                files.add(png);
            }
        }
        return files;
    }
}
