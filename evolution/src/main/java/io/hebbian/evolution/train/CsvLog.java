package io.hebbian.evolution.train;

import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.GenerationStats;
import io.hebbian.evolution.eval.FitnessTerms;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends one row per generation to a CSV log:
 * {@code generation,mean,best,min,sigma,lr,seconds,episodesPerSecond}, then the population's mean
 * fitness terms per episode ({@link FitnessTerms#CSV_COLUMNS}: mean fitness = distance minus the
 * costs). On resume, rows after the
 * resumed generation (from a generation that was lost) are dropped first, so the log matches the state.
 */
public final class CsvLog implements TrainingListener {

    public static final String HEADER = "generation,mean,best,min,sigma,lr,seconds,episodesPerSecond,"
            + FitnessTerms.CSV_COLUMNS;

    private final Path file;
    private final int episodesPerGeneration;

    public CsvLog(Path file, int episodesPerGeneration) {
        this.file = file;
        this.episodesPerGeneration = episodesPerGeneration;
    }

    @Override
    public void onStart(EsState state, int targetGenerations) throws IOException {
        List<String> keep = new ArrayList<>();
        keep.add(HEADER);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int comma = line.indexOf(',');
                if (comma > 0 && Character.isDigit(line.charAt(0))
                        && Integer.parseInt(line.substring(0, comma)) <= state.generation()) {
                    keep.add(padded(line));
                }
            }
        }
        Files.write(file, keep);
    }

    @Override
    public void onGeneration(GenerationStats s, FitnessTerms t, EsState next, double seconds) throws IOException {
        String row = String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6g,%.6g,%.3f,%.2f,%.6f,%.6f,%.6f,%.6f,%.6f",
                s.generation(), s.meanFitness(), s.maxFitness(), s.minFitness(), s.sigma(), s.learningRate(), seconds,
                episodesPerGeneration / seconds, t.distanceM(), t.actionRateCost(), t.saturationCost(), t.energyCost(),
                t.idleLegCost());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardOpenOption.APPEND)) {
            w.write(row);
            w.newLine();
        }
    }

    /** A row written before the log had its newest cost columns, with those costs (then always 0) filled in. */
    private static String padded(String row) {
        int have = row.split(",", -1).length;
        int want = HEADER.split(",").length;
        return have < want ? row + ",0.000000".repeat(want - have) : row;
    }

    /** Reads (generation, mean, best) rows back, for plots. */
    public static List<double[]> read(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return rows;
    }
}
