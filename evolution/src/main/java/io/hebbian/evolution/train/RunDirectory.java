package io.hebbian.evolution.train;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.evolution.analysis.Plots;
import io.hebbian.evolution.es.EsConfig;
import io.hebbian.evolution.es.EsJson;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.GenerationStats;
import io.hebbian.evolution.eval.FitnessTerms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a run directory current after every generation: {@code checkpoint.json} (atomic),
 * {@code best.json} (the best single candidate seen), {@code mean.json} (the current search centre,
 * usually the better model to deploy), and {@code curve.png} (every {@code plotEvery} generations and at the end).
 */
public final class RunDirectory implements TrainingListener {

    public static final String BEST = "best.json";
    public static final String MEAN = "mean.json";
    public static final String LOG = "log.csv";
    public static final String CURVE = "curve.png";

    private final Path dir;
    private final EsConfig config;
    private final ObjectNode problem;
    private final ModelExporter exporter;
    private final int plotEvery;
    private int target;
    private double lastBest = Double.NEGATIVE_INFINITY;

    public RunDirectory(Path dir, EsConfig config, ObjectNode problem, ModelExporter exporter, int plotEvery) {
        this.dir = dir;
        this.config = config;
        this.problem = problem.deepCopy();
        this.exporter = exporter;
        this.plotEvery = Math.max(1, plotEvery);
    }

    @Override
    public void onStart(EsState state, int targetGenerations) throws IOException {
        this.target = targetGenerations;
        this.lastBest = state.bestFitness();
        new Checkpoint(config, problem, targetGenerations, state).write(dir.resolve(Checkpoint.FILE));
    }

    @Override
    public void onGeneration(GenerationStats stats, FitnessTerms meanTerms, EsState next, double seconds)
            throws IOException {
        new Checkpoint(config, problem, target, next).write(dir.resolve(Checkpoint.FILE));
        ModelFile.write(exporter.export(next.centre(), provenance(next, "mean", stats.meanFitness())),
                dir.resolve(MEAN));
        if (next.bestFitness() > lastBest) {
            lastBest = next.bestFitness();
            ModelFile.write(exporter.export(next.bestCandidate(), provenance(next, "best", next.bestFitness())),
                    dir.resolve(BEST));
        }
        if (next.generation() % plotEvery == 0) {
            plot();
        }
    }

    @Override
    public void onFinish(EsState last) throws IOException {
        plot();
    }

    private ObjectNode provenance(EsState s, String which, double fitness) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        t.put("selected", which);
        t.put("generation", s.generation());
        t.put("fitness", fitness);
        t.put("sigma", s.sigma());
        t.set("es", EsJson.write(config));
        t.set("problem", problem.deepCopy());
        return t;
    }

    /** Redraws {@code curve.png} from {@code log.csv}. */
    public void plot() throws IOException {
        Path log = dir.resolve(LOG);
        if (!log.toFile().exists()) {
            return;
        }
        List<double[]> rows = CsvLog.read(log);
        double[] g = new double[rows.size()];
        double[] mean = new double[rows.size()];
        double[] best = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            g[k] = rows.get(k)[0];
            mean[k] = rows.get(k)[1];
            best[k] = rows.get(k)[2];
        }
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("population mean", new double[][] {g, mean});
        series.put("population best", new double[][] {g, best});
        Plots.lines(dir.resolve(CURVE), "Training curve", "generation", "fitness (m)", series);
    }
}
