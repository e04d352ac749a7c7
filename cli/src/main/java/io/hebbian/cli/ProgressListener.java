package io.hebbian.cli;

import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.GenerationStats;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.evolution.train.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar (or plain lines with --quiet) for training: generation, fitness, episodes/s, ETA. */
final class ProgressListener implements TrainingListener {

    private final boolean plain;
    private final int episodesPerGeneration;
    private ProgressBar bar;

    ProgressListener(boolean plain, int episodesPerGeneration) {
        this.plain = plain;
        this.episodesPerGeneration = episodesPerGeneration;
    }

    @Override
    public void onStart(EsState state, int targetGenerations) {
        if (!plain) {
            bar = new ProgressBarBuilder().setTaskName("evolve").setInitialMax(targetGenerations)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate()
                    .startsFrom(state.generation(), java.time.Duration.ZERO).build();
        }
    }

    @Override
    public void onGeneration(GenerationStats s, FitnessTerms meanTerms, EsState next, double seconds) {
        String costs = meanTerms.fitness() == meanTerms.distanceM() ? ""
                : String.format(Locale.ROOT, " (distance %.2f m)", meanTerms.distanceM());
        String msg = String.format(Locale.ROOT, "mean %.2f m%s, best %.2f m, %.1f episodes/s", s.meanFitness(), costs,
                s.maxFitness(), episodesPerGeneration / seconds);
        if (plain) {
            System.err.printf(Locale.ROOT, "generation %d: %s, sigma %.4g%n", s.generation(), msg, s.sigma());
        } else {
            bar.stepTo(s.generation());
            bar.setExtraMessage(" " + msg);
        }
    }

    @Override
    public void onFinish(EsState last) {
        if (bar != null) {
            bar.close();
        }
    }
}
