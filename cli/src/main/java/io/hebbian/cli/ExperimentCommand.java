package io.hebbian.cli;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.evolution.analysis.FreezeExperiment;
import io.hebbian.evolution.analysis.PerturbationExperiment;
import io.hebbian.evolution.analysis.Plots;
import io.hebbian.evolution.analysis.WeightImagesExperiment;
import io.hebbian.evolution.analysis.WeightNormExperiment;
import io.hebbian.evolution.analysis.WeightPcaExperiment;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.SimSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hebbian experiment}: the paper's analyses of a Hebbian model, each writing a CSV and a PNG. */
@Command(name = "experiment", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reproduce the paper's analyses for a Hebbian model; each writes <name>.csv and <name>.png to --out.",
            "  freeze-weights      distance when plasticity stops at step t (paper: weights converge in 30-80 steps)",
            "  saturate-actuators  outputs forced to 1.0 for steps 300-400; per-step progress; recovery (paper: ~50 steps)",
            "  zero-weights        a third of the weights zeroed at one step; recovery (paper: ~10 steps)",
            "  weight-pca          3-D PCA trajectory of the weights over an episode, per morphology",
            "  weight-images       per-layer weight heatmaps at chosen steps (paper Fig. 1 and 6)",
            "  weight-norms        weight norm over an episode as a multiple of its start, per morphology (any model)"})
final class ExperimentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "freeze-weights, saturate-actuators, zero-weights, weight-pca, weight-images or weight-norms")
    String name;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Hebbian model file.")
    Path modelFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write CSV and PNG files.")
    Path out;

    @Option(names = "--morphology", split = ",", defaultValue = "intact",
            description = "Morphology (weight-pca, weight-norms: several, comma separated) (default: ${DEFAULT-VALUE}).")
    List<String> morphology;

    @Option(names = "--rollouts", defaultValue = "20", description = "Rollouts to average (default: ${DEFAULT-VALUE}).")
    int rollouts;

    @Option(names = "--freeze-steps", split = ",", defaultValue = "0,10,20,30,40,50,60,80,100,150,200,300,500",
            description = "freeze-weights: steps at which plasticity stops (default: ${DEFAULT-VALUE}).")
    int[] freezeSteps;

    @Option(names = "--start", defaultValue = "300", description = "Perturbation start step (default: ${DEFAULT-VALUE}).")
    int start;

    @Option(names = "--end", defaultValue = "400", description = "saturate-actuators: first step after it (default: ${DEFAULT-VALUE}).")
    int end;

    @Option(names = "--steps", split = ",", defaultValue = "0,10,30,100,500,999",
            description = "weight-images: steps to draw (default: ${DEFAULT-VALUE}).")
    int[] imageSteps;

    @Option(names = "--stride", defaultValue = "5", description = "weight-pca: sample every N steps (default: ${DEFAULT-VALUE}).")
    int stride;

    @Option(names = "--episode-steps", description = "Override the model's episode length.")
    Integer episodeSteps;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    Integer threads;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelLoader m = ModelLoader.load(modelFile, null);
        if (!m.model().isHebbian() && !"weight-norms".equals(name)) {
            throw new Errors.UserException(modelFile + " is a " + m.model().parameters().ruleName()
                    + " model without plasticity; experiments need a Hebbian model");
        }
        SimSettings sim = episodeSteps != null ? m.sim().withEpisodeSteps(episodeSteps) : m.sim();
        Rollouts rollouts = new Rollouts(m.model(), m.robot(), sim);
        List<Morphology> morphs = rollouts.morphologies(morphology);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Files.createDirectories(out);
        PrintWriter o = spec.commandLine().getOut();
        switch (name) {
            case "freeze-weights" -> freeze(rollouts, morphs.get(0), workers, o);
            case "saturate-actuators" -> perturb(rollouts, PerturbationExperiment.Kind.SATURATE, morphs.get(0), sim, workers, o);
            case "zero-weights" -> perturb(rollouts, PerturbationExperiment.Kind.ZERO, morphs.get(0), sim, workers, o);
            case "weight-pca" -> pca(rollouts, morphs, workers, o);
            case "weight-images" -> {
                List<Path> files = new WeightImagesExperiment(rollouts).run(morphs.get(0), imageSteps, seed, out);
                o.println("weight-images: wrote " + files.size() + " heatmaps to " + out);
            }
            case "weight-norms" -> norms(rollouts, morphs, sim.episodeSteps(), workers, o);
            default -> throw new Errors.UserException("unknown experiment '" + name
                    + "'; expected freeze-weights, saturate-actuators, zero-weights, weight-pca, weight-images or "
                    + "weight-norms");
        }
        o.flush();
        return 0;
    }

    private void freeze(Rollouts rollouts, Morphology morph, int workers, PrintWriter o) throws Exception {
        FreezeExperiment.Result r = new FreezeExperiment(rollouts).run(morph, freezeSteps, this.rollouts, seed, workers);
        List<String> lines = new ArrayList<>(List.of("freezeStep,meanDistanceM,stdDistanceM"));
        List<double[]> xy = new ArrayList<>();
        for (FreezeExperiment.Point p : r.points()) {
            lines.add(String.format(Locale.ROOT, "%d,%.6f,%.6f", p.freezeStep(), p.meanDistanceM(), p.stdDistanceM()));
            if (p.freezeStep() >= 0) {
                xy.add(new double[] {p.freezeStep(), p.meanDistanceM()});
            }
        }
        Files.write(out.resolve("freeze-weights.csv"), lines);
        double never = r.points().get(r.points().size() - 1).meanDistanceM();
        Map<String, double[][]> s = new LinkedHashMap<>();
        s.put("frozen at step t", columns(xy));
        s.put("never frozen", new double[][] {{xy.get(0)[0], xy.get(xy.size() - 1)[0]}, {never, never}});
        Plots.lines(out.resolve("freeze-weights.png"), "Freezing plasticity at step t", "t (control steps)",
                "distance (m)", s);
        o.printf(Locale.ROOT, "freeze-weights: never frozen %.2f m; weights good enough (>= 90%%) when frozen at step %s%n",
                never, r.convergedStep() < 0 ? "none tested" : String.valueOf(r.convergedStep()));
    }

    private void perturb(Rollouts rollouts, PerturbationExperiment.Kind kind, Morphology morph, SimSettings sim,
                         int workers, PrintWriter o) throws Exception {
        PerturbationExperiment.Result r = new PerturbationExperiment(rollouts).run(kind, morph, start, end,
                sim.episodeSteps(), this.rollouts, seed, workers);
        String file = kind == PerturbationExperiment.Kind.SATURATE ? "saturate-actuators" : "zero-weights";
        List<String> lines = new ArrayList<>(List.of("step,meanProgressM"));
        double[] x = new double[r.meanProgressM().length];
        for (int k = 0; k < x.length; k++) {
            x[k] = k;
            lines.add(String.format(Locale.ROOT, "%d,%.8f", k, r.meanProgressM()[k]));
        }
        Files.write(out.resolve(file + ".csv"), lines);
        Map<String, double[][]> s = new LinkedHashMap<>();
        s.put("mean progress per step", new double[][] {x, r.meanProgressM()});
        Plots.lines(out.resolve(file + ".png"), file + " (perturbed " + r.start() + "-" + r.end() + ")",
                "control step", "progress (m/step)", s);
        o.printf(Locale.ROOT, "%s: baseline %.4f m/step; recovered (90%% of baseline, 10-step average) after %s%n",
                file, r.baselineM(), r.baselineM() <= 0 ? "n/a (no forward progress before the perturbation)"
                        : r.recoverySteps() < 0 ? "never" : r.recoverySteps() + " steps");
    }

    private void pca(Rollouts rollouts, List<Morphology> morphs, int workers, PrintWriter o) throws Exception {
        WeightPcaExperiment.Result r = new WeightPcaExperiment(rollouts).run(morphs, stride, seed, workers);
        List<String> lines = new ArrayList<>(List.of("morphology,step,pc1,pc2,pc3"));
        Map<String, List<double[]>> byMorph = new LinkedHashMap<>();
        for (WeightPcaExperiment.Point p : r.points()) {
            String name = morphology.get(p.morphology());
            lines.add(String.format(Locale.ROOT, "%s,%d,%.6f,%.6f,%.6f", name, p.step(), p.pc1(), p.pc2(), p.pc3()));
            byMorph.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {p.pc1(), p.pc2()});
        }
        Files.write(out.resolve("weight-pca.csv"), lines);
        Map<String, double[][]> s = new LinkedHashMap<>();
        byMorph.forEach((k, v) -> s.put(k, columns(v)));
        Plots.lines(out.resolve("weight-pca.png"), "Weight trajectory, PC1 vs PC2", "PC1", "PC2", s);
        o.printf(Locale.ROOT, "weight-pca: %d samples; explained variance PC1 %.3f, PC2 %.3f, PC3 %.3f%n",
                r.points().size(), r.explainedVariance()[0], r.explainedVariance()[1], r.explainedVariance()[2]);
    }

    private void norms(Rollouts rollouts, List<Morphology> morphs, int steps, int workers, PrintWriter o)
            throws Exception {
        WeightNormExperiment.Result r = new WeightNormExperiment(rollouts).run(morphs, steps, this.rollouts, seed,
                workers);
        List<String> lines = new ArrayList<>(List.of("morphology,step,meanGrowth"));
        Map<String, double[][]> s = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        for (int mi = 0; mi < morphs.size(); mi++) {
            double[] x = new double[steps];
            double[] y = new double[steps];
            for (int k = 0; k < steps; k++) {
                lines.add(String.format(Locale.ROOT, "%s,%d,%.6g", morphology.get(mi), k, r.meanGrowth()[mi][k]));
                x[k] = k;
                y[k] = Math.log10(r.meanGrowth()[mi][k]);
            }
            s.put(morphology.get(mi), new double[][] {x, y});
            summary.append(String.format(Locale.ROOT, "%s %s x%.4g", mi == 0 ? "" : ",", morphology.get(mi),
                    r.finalGrowth()[mi]));
        }
        Files.write(out.resolve("weight-norms.csv"), lines);
        Plots.lines(out.resolve("weight-norms.png"), "Weight norm over an episode", "control step",
                "log10 |W| / |W at start|", s);
        o.printf(Locale.ROOT, "weight-norms: after %d steps, mean over %d rollouts:%s%n", steps, this.rollouts, summary);
    }

    private static double[][] columns(List<double[]> xy) {
        double[][] c = new double[2][xy.size()];
        for (int k = 0; k < xy.size(); k++) {
            c[0][k] = xy.get(k)[0];
            c[1][k] = xy.get(k)[1];
        }
        return c;
    }
}
