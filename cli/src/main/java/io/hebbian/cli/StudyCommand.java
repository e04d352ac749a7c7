package io.hebbian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hebbian.controller.io.AtomicFiles;
import io.hebbian.evolution.analysis.Plots;
import io.hebbian.evolution.problem.DamageSampler;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.evolution.study.ModelEvaluation;
import io.hebbian.evolution.study.StudyEvaluator;
import io.hebbian.evolution.study.StudySpec;
import io.hebbian.evolution.study.StudyTable;
import io.hebbian.evolution.study.StudyVariant;
import io.hebbian.evolution.train.Checkpoint;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.damage.DamageOnset;
import io.hebbian.sim.robot.RobotDescription;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains every variant × seed of a study spec, evaluates every model the same way, writes one table. */
@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a study: train each variant of --spec on each training seed (evolve runs under",
            "OUT/runs/), evaluate every model the same way (OUT/eval/), then write OUT/study.md, OUT/study.csv",
            "and figures. Resumable: finished runs and evaluations are kept, unfinished runs resume from their",
            "checkpoint, so a killed study loses at most the generation in progress; a run directory holding",
            "a mean.json but no checkpoint (a model copied in) is evaluated as it is. The spec is checked",
            "whole (flags, morphologies, held-out damages no curriculum may draw) before any run starts.",
            "Spec layout: studies/adaptation.yaml."})
final class StudyCommand implements Callable<Integer> {

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "Study spec (YAML or JSON).")
    Path specFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Study directory (created or continued).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for training and evaluation (default: all cores).")
    Integer threads;

    @Option(names = "--only", split = ",", paramLabel = "VARIANT",
            description = "Train and evaluate only these variants (default: all); the table covers every evaluated model.")
    List<String> only;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED",
            description = "Train and evaluate only these of the spec's seeds (default: all), e.g. a one-seed screening run.")
    List<Long> seeds;

    @Option(names = "--skip-evaluation", description = "Train only; evaluate and tabulate later.")
    boolean skipEvaluation;

    @Mixin
    DebugOption debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    private java.io.PrintWriter err() {
        java.io.PrintWriter w = commandSpec.commandLine().getErr();
        w.flush();
        return w;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws Exception {
        StudySpec spec = StudySpec.read(specFile);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > 256) {
            throw new Errors.UserException("--threads must be within [1, 256], got " + workers);
        }
        List<StudySpec.Run> runs = selected(spec);
        for (StudySpec.Run run : runs) {
            validate(spec, run);
        }
        Files.createDirectories(out.resolve("runs"));
        Files.createDirectories(out.resolve("eval"));
        Files.copy(specFile, out.resolve("spec" + (specFile.toString().endsWith(".json") ? ".json" : ".yaml")),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int done = 0;
        for (StudySpec.Run run : runs) {
            train(run, runs, done);
            done++;
        }
        if (skipEvaluation) {
            err().printf("study: %d runs trained; evaluate with the same command without --skip-evaluation%n",
                    runs.size());
            return 0;
        }
        int k = 0;
        for (StudySpec.Run run : runs) {
            k++;
            Path cached = out.resolve("eval").resolve(run.id() + ".json");
            if (Files.exists(cached)) {
                continue;
            }
            err().printf("study: evaluating %s (%d/%d)%n", run.id(), k, runs.size());
            long t0 = System.nanoTime();
            ModelEvaluation e = evaluate(spec, run, workers);
            AtomicFiles.write(cached, JSON.writeValueAsBytes(e));
            err().printf(Locale.ROOT, "study: %s evaluated in %.0f s%n", run.id(), (System.nanoTime() - t0) / 1e9);
        }
        addLegContacts(spec, runs, workers);
        List<ModelEvaluation> all = new ArrayList<>();
        for (StudySpec.Run run : spec.runs()) {
            Path cached = out.resolve("eval").resolve(run.id() + ".json");
            if (Files.exists(cached)) {
                all.add(JSON.readValue(cached.toFile(), ModelEvaluation.class));
            }
        }
        StudyTable table = new StudyTable(spec, all);
        AtomicFiles.write(out.resolve("study.md"), table.markdown().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("study.csv"), table.csv().getBytes(StandardCharsets.UTF_8));
        figures(spec, all);
        commandSpec.commandLine().getOut().print(table.markdown());
        commandSpec.commandLine().getOut().flush();
        err().printf("study: %d models in %s (study.md, study.csv, curves.png, freeze.png)%n", all.size(), out);
        return 0;
    }

    private List<StudySpec.Run> selected(StudySpec spec) {
        List<String> names = spec.allVariants().stream().map(StudyVariant::name).toList();
        for (String o : only == null ? List.<String>of() : only) {
            if (!names.contains(o)) {
                throw new Errors.UserException("--only " + o + ": the spec has variants " + names);
            }
        }
        for (long s : seeds == null ? List.<Long>of() : seeds) {
            if (!spec.seeds().contains(s)) {
                throw new Errors.UserException("--seeds " + s + ": the spec has seeds " + spec.seeds());
            }
        }
        return spec.runs().stream()
                .filter(r -> only == null || only.contains(r.variant().name()))
                .filter(r -> seeds == null || seeds.contains(r.seed()))
                .toList();
    }

    private Path runDir(StudySpec.Run run) {
        return out.resolve("runs").resolve(run.id());
    }

    private String[] evolveArgs(StudySpec.Run run, Path dir) {
        List<String> a = new ArrayList<>(List.of("--out", dir.toString(), "--seed", Long.toString(run.seed()), "--quiet"));
        if (threads != null) {
            a.addAll(List.of("--threads", Integer.toString(threads)));
        }
        a.addAll(run.evolveFlags());
        return a.toArray(String[]::new);
    }

    /** Parses the run's flags as evolve would and checks its curriculum cannot draw a held-out damage. */
    private void validate(StudySpec spec, StudySpec.Run run) throws Exception {
        EvolveCommand cmd = new EvolveCommand();
        Checkpoint plan;
        try {
            new CommandLine(cmd).parseArgs(evolveArgs(run, out.resolve("validate")));
            plan = cmd.freshRun();
        } catch (CommandLine.ParameterException | Errors.UserException | IllegalArgumentException e) {
            throw new Errors.UserException(specFile + ": variant " + run.variant().name() + ": " + e.getMessage());
        }
        TrainingProblem problem = TrainingProblem.fromJson(plan.problem());
        RobotDescription robot = problem.loadRobot();
        DamageSampler sampler = problem.morphologies().contains(DamageSampler.TOKEN)
                ? new DamageSampler(robot, problem.heldOut()) : null;
        for (String m : spec.evaluation().morphologies()) {
            Morphology parsed;
            try {
                parsed = DamageOnset.damageOf(m);
                io.hebbian.sim.damage.DamageEffects.apply(parsed, robot);
            } catch (IllegalArgumentException e) {
                throw new Errors.UserException(specFile + ": evaluation morphology '" + m + "': " + e.getMessage());
            }
            if (!spec.evaluation().heldOut().contains(m)) {
                continue;
            }
            boolean trained = problem.morphologies().stream().filter(t -> !t.equals(DamageSampler.TOKEN))
                    .map(Morphology::parse).anyMatch(t -> t.terms().equals(parsed.terms()));
            if (trained || (sampler != null && sampler.canDraw(parsed))) {
                throw new Errors.UserException(specFile + ": variant " + run.variant().name() + " can train on held-out "
                        + m + "; add it (or leg:<its leg>) to that variant's --held-out");
            }
        }
    }

    private void train(StudySpec.Run run, List<StudySpec.Run> runs, int done) throws Exception {
        Path dir = runDir(run);
        Path ckpt = dir.resolve(Checkpoint.FILE);
        String progress = String.format(Locale.ROOT, "study: [%d/%d] %s", done + 1, runs.size(), run.id());
        String[] args;
        if (!Files.exists(ckpt) && Files.exists(dir.resolve("mean.json"))) {
            err().printf("%s: %s holds a model but no checkpoint (copied in?): evaluating it as it is%n", progress, dir);
            return;
        }
        if (Files.exists(ckpt)) {
            Checkpoint c = Checkpoint.read(ckpt);
            if (c.state().generation() >= c.targetGenerations() && Files.exists(dir.resolve("mean.json"))) {
                return;
            }
            err().printf("%s: resuming at generation %d of %d%s%n", progress, c.state().generation(),
                    c.targetGenerations(), eta(runs, done));
            args = new String[] {"evolve", "--resume", dir.toString(), "--quiet"};
        } else {
            err().printf("%s: training%s%n", progress, eta(runs, done));
            List<String> a = new ArrayList<>(List.of("evolve"));
            a.addAll(List.of(evolveArgs(run, dir)));
            args = a.toArray(String[]::new);
        }
        int code = Main.newCommandLine().execute(args);
        if (code != 0) {
            throw new Errors.UserException("run " + run.id() + " stopped with exit code " + code + "; rerun the study "
                    + "to resume it");
        }
    }

    /** ETA from the finished runs' seconds per generation, for the runs not yet done. */
    private String eta(List<StudySpec.Run> runs, int done) {
        double seconds = 0;
        int generations = 0;
        int remaining = 0;
        for (int i = 0; i < runs.size(); i++) {
            double[] log = log(runDir(runs.get(i)));
            if (i < done) {
                seconds += log[1];
                generations += (int) log[0];
            }
        }
        if (generations == 0) {
            return "";
        }
        for (int i = done; i < runs.size(); i++) {
            remaining += targetOf(runs.get(i)) - (int) log(runDir(runs.get(i)))[0];
        }
        return String.format(Locale.ROOT, " (%d of %d runs done, about %.0f min of training left)", done, runs.size(),
                remaining * seconds / generations / 60);
    }

    private int targetOf(StudySpec.Run run) {
        List<String> f = run.evolveFlags();
        int i = f.indexOf("--generations");
        return i >= 0 && i + 1 < f.size() ? Integer.parseInt(f.get(i + 1)) : 300;
    }

    /** {generations logged, seconds summed} of a run's log.csv; zeros when there is none. */
    static double[] log(Path dir) {
        Path csv = dir.resolve("log.csv");
        if (!Files.exists(csv)) {
            return new double[2];
        }
        try {
            List<String> lines = Files.readAllLines(csv);
            int col = List.of(lines.get(0).split(",")).indexOf("seconds");
            double s = 0;
            int g = 0;
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    s += Double.parseDouble(line.split(",")[col]);
                    g++;
                }
            }
            return new double[] {g, s};
        } catch (Exception e) {
            return new double[2];
        }
    }

    /** Measures the intact gait's leg contacts of the selected runs whose evaluations were cached before them. */
    private void addLegContacts(StudySpec spec, List<StudySpec.Run> runs, int workers) throws Exception {
        for (StudySpec.Run run : runs) {
            Path cached = out.resolve("eval").resolve(run.id() + ".json");
            ModelEvaluation e = JSON.readValue(cached.toFile(), ModelEvaluation.class);
            if (e.morph("intact").leastUsedLeg().isPresent()) {
                continue;
            }
            err().printf("study: %s: measuring the intact gait's leg contacts (cached before they were recorded)%n",
                    run.id());
            ModelLoader m = ModelLoader.load(runDir(run).resolve("mean.json"), null);
            try {
                e = new StudyEvaluator(spec.evaluation(), workers).addLegContacts(e, m.model(), m.robot(), m.sim());
            } catch (IllegalStateException stale) {
                throw new Errors.UserException(stale.getMessage());
            }
            AtomicFiles.write(cached, JSON.writeValueAsBytes(e));
        }
    }

    private ModelEvaluation evaluate(StudySpec spec, StudySpec.Run run, int workers) throws Exception {
        Path dir = runDir(run);
        ModelLoader m = ModelLoader.load(dir.resolve("mean.json"), null);
        double[] log = log(dir);
        return new StudyEvaluator(spec.evaluation(), workers).evaluate(run, m.model(), m.robot(), m.sim(),
                (int) log[0], log[1]);
    }

    private void figures(StudySpec spec, List<ModelEvaluation> all) throws Exception {
        Map<String, double[][]> curves = new LinkedHashMap<>();
        for (StudySpec.Run run : spec.runs()) {
            Path csv = runDir(run).resolve("log.csv");
            if (Files.exists(csv)) {
                List<double[]> rows = io.hebbian.evolution.train.CsvLog.read(csv);
                curves.put(run.id(), new double[][] {rows.stream().mapToDouble(r -> r[0]).toArray(),
                    rows.stream().mapToDouble(r -> r[1]).toArray()});
            }
        }
        if (!curves.isEmpty()) {
            Plots.lines(out.resolve("curves.png"), "Training curves (population mean fitness)", "generation",
                    "fitness", curves);
        }
        Map<String, double[][]> freeze = new LinkedHashMap<>();
        List<Integer> steps = spec.evaluation().freezeSteps();
        for (StudyVariant v : spec.allVariants()) {
            List<ModelEvaluation> ms = all.stream().filter(e -> e.variant().equals(v.name()) && e.hebbian()).toList();
            if (ms.isEmpty()) {
                continue;
            }
            double[] x = steps.stream().mapToDouble(Integer::doubleValue).toArray();
            freeze.put(v.name() + " intact", new double[][] {x, mean(ms, steps, true)});
            freeze.put(v.name() + " held-out", new double[][] {x, mean(ms, steps, false)});
        }
        if (!freeze.isEmpty()) {
            Plots.lines(out.resolve("freeze.png"), "Distance when plasticity stops at step t / never stopped",
                    "freeze step", "fraction of unfrozen distance", freeze);
        }
    }

    private static double[] mean(List<ModelEvaluation> ms, List<Integer> steps, boolean intact) {
        double[] y = new double[steps.size()];
        for (int i = 0; i < y.length; i++) {
            for (ModelEvaluation m : ms) {
                Map<String, Double> f = intact ? m.freezeIntact() : m.freezeHeldOut();
                double never = f.getOrDefault("never", 0.0);
                y[i] += (never == 0 ? 0 : f.get(Integer.toString(steps.get(i))) / never) / ms.size();
            }
        }
        return y;
    }
}
