package io.hebbian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.evolution.analysis.Evaluation;
import io.hebbian.evolution.analysis.MorphologyResult;
import io.hebbian.sim.env.GaitStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hebbian evaluate}: the paper's Table 1 for one model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run many rollouts of a model per morphology, each from new random initial weights, and print",
            "the paper's Table 1: mean ± std distance (metres and paper units), fraction solved, gait statistics."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, split = ",", paramLabel = "FILE",
            description = "Model file; several (comma separated, e.g. one per training seed) add a summary across them.")
    List<Path> modelFiles;


    @Option(names = "--morphologies", split = ",", defaultValue = "intact,damaged-right-front,damaged-left-front",
            description = {"Morphologies (default: ${DEFAULT-VALUE}). A joint damage written <damage>@<step> (e.g.",
                "lock:left-front-knee@300) starts intact and switches on at that step; it adds the distance after",
                "the onset and its ratio to the intact rollouts' distance over the same steps."})
    List<String> morphologies;

    @Option(names = "--rollouts", defaultValue = "100", description = "Rollouts per morphology (default: ${DEFAULT-VALUE}).")
    int rollouts;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the rollouts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--episode-steps", description = "Override the model's episode length (control steps).")
    Integer episodeSteps;

    @Option(names = "--stepper", paramLabel = "exact|quick",
            description = "Simulate with this constraint solver instead of the model's (e.g. a quickStep-trained model under exact physics).")
    String stepper;

    @Option(names = "--substeps", paramLabel = "N",
            description = "Physics steps per control step instead of the model's (e.g. a model under the default physics of new runs).")
    Integer substeps;

    @Option(names = "--robot", description = "Run on this robot instead of the model's.")
    String robot;

    @Option(names = "--threads", description = "Threads (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = om.createArrayNode();
        List<List<MorphologyResult>> perModel = new java.util.ArrayList<>();
        for (Path file : modelFiles) {
            all.add(evaluateOne(file, out, perModel));
        }
        if (json) {
            if (modelFiles.size() == 1) {
                out.println(om.writeValueAsString(all.get(0)));
            } else {
                ObjectNode root = om.createObjectNode();
                root.set("models", all);
                root.set("acrossModels", AcrossModels.toJson(morphologies, perModel));
                out.println(om.writeValueAsString(root));
            }
        } else if (modelFiles.size() > 1) {
            AcrossModels.print(out, morphologies, perModel);
        }
        out.flush();
        return 0;
    }

    private ObjectNode evaluateOne(Path modelFile, PrintWriter out, List<List<MorphologyResult>> perModel)
            throws Exception {
        ModelLoader m = ModelLoader.load(modelFile, robot);
        var sim = episodeSteps != null ? m.sim().withEpisodeSteps(episodeSteps) : m.sim();
        if (stepper != null) {
            sim = sim.withStepper(PhysicsFlags.stepper(stepper));
        }
        sim = PhysicsFlags.substeps(sim, substeps);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        List<MorphologyResult> results = new Evaluation(m.model(), m.robot(), sim).run(morphologies, rollouts, seed, workers);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        perModel.add(results);
        if (!json) {
            printTable(out, modelFile, results, m, sim.episodeSteps(), sim.stepper().id() + " stepper x " + sim.substeps() + " substeps", seconds);
        }
        return toJson(modelFile, results, m, sim.episodeSteps(), seconds);
    }

    private ObjectNode toJson(Path modelFile, List<MorphologyResult> results, ModelLoader m, int steps, double seconds) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("model", modelFile.toString());
        root.put("rule", m.model().parameters().ruleName());
        root.put("robot", m.robot().name());
        root.put("rollouts", rollouts);
        root.put("episodeSteps", steps);
        root.put("seed", seed);
        root.put("seconds", seconds);
        ArrayNode arr = root.putArray("results");
        List<String> legNames = m.robot().legNames();
        for (MorphologyResult r : results) {
            ObjectNode o = arr.addObject();
            o.put("morphology", r.morphology());
            o.put("meanDistanceM", r.meanDistanceM());
            o.put("stdDistanceM", r.stdDistanceM());
            o.put("meanPaperUnits", r.meanPaperUnits());
            o.put("stdPaperUnits", r.stdPaperUnits());
            o.put("solvedFraction", r.solvedFraction());
            ObjectNode g = o.putObject("gait");
            g.put("saturatedFraction", r.gait().saturatedFraction());
            g.put("meanTargetJumpFraction", r.gait().meanTargetJumpFraction());
            g.put("meanFeetOnGround", r.gait().meanFeetOnGround());
            g.put("meanTiltRad", r.gait().meanTiltRad());
            g.put("meanPowerW", r.gait().meanPowerW());
            ObjectNode legs = g.putObject("legContactFractions");
            for (int leg = 0; leg < r.gait().legContactFractions().size(); leg++) {
                legs.put(legNames.get(leg), r.gait().legContactFractions().get(leg));
            }
            g.put("weightNormGrowth", r.weightNormGrowth());
            r.afterOnset().ifPresent(a -> {
                ObjectNode o2 = o.putObject("afterOnset");
                o2.put("onsetStep", a.onsetStep());
                o2.put("meanDistanceM", a.meanM());
                o2.put("stdDistanceM", a.stdM());
                o2.put("intactSameStepsM", a.intactMeanM());
                o2.put("ratioToIntact", a.ratioToIntact());
            });
        }
        return root;
    }

    private void printTable(PrintWriter out, Path modelFile, List<MorphologyResult> results, ModelLoader m, int steps,
                            String physics, double seconds) {
        out.printf(Locale.ROOT, "%s: rule %s, robot %s, %d rollouts of %d steps, seed %d, %s (%.1f s)%n",
                modelFile, m.model().parameters().ruleName(), m.robot().name(), rollouts, steps, seed, physics, seconds);
        out.printf(Locale.ROOT, "%-28s %18s %18s %7s %6s %8s %6s %6s %7s %8s  %s%n", "morphology", "distance (m)",
                "paper units", "solved", "sat.", "dTarget", "feet", "tilt", "power", "|W| x", "least-used leg");
        for (MorphologyResult r : results) {
            out.printf(Locale.ROOT, "%-28s %8.2f ± %7.2f %8.0f ± %7.0f %7.2f %6.2f %8.3f %6.2f %6.2f %7.2f %8.2f  %s%n",
                    r.morphology(), r.meanDistanceM(), r.stdDistanceM(), r.meanPaperUnits(), r.stdPaperUnits(),
                    r.solvedFraction(), r.gait().saturatedFraction(), r.gait().meanTargetJumpFraction(),
                    r.gait().meanFeetOnGround(), r.gait().meanTiltRad(), r.gait().meanPowerW(), r.weightNormGrowth(),
                    leastUsedLeg(r.gait(), m.robot().legNames()));
        }
        for (MorphologyResult r : results) {
            r.afterOnset().ifPresent(a -> out.printf(Locale.ROOT, "%s: after the onset at step %d %.2f ± %.2f m; "
                    + "intact over the same steps %.2f m; ratio %.2f%n", r.morphology(), a.onsetStep(), a.meanM(),
                    a.stdM(), a.intactMeanM(), a.ratioToIntact()));
        }
        out.println("solved: >= 100 paper units (1.65 m) along +x; sat.: outputs |a|>0.95; dTarget: mean |Δtarget| per"
                + " step / joint range; power: mean mechanical power at the joints, W; |W| x: final/initial weight norm;"
                + " least-used leg: the leg whose foot touched the ground on the fewest steps, and that fraction");
    }

    /** "right-front 0.02": the leg whose foot is down least often, and that fraction of steps. */
    private static String leastUsedLeg(GaitStats gait, List<String> legNames) {
        int least = gait.leastUsedLeg();
        return least < 0 ? "-" : String.format(Locale.ROOT, "%s %.2f", legNames.get(least),
                gait.legContactFractions().get(least));
    }
}
