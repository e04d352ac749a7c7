package io.hebbian.cli;

import io.hebbian.replay.page.ReplayPage;
import io.hebbian.replay.record.EpisodeRecording;
import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.replay.trajectory.TrajectoryJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hebbian replay}: simulate one episode per morphology and write a self-contained 3-D replay page. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate one episode of a model (per morphology, side by side) and write one self-contained",
            "HTML file: the robot in 3-D with play/pause, speed, time slider, orbit camera, torso trail,",
            "distance, and the weights (per-layer heatmap, norm curves). Opens offline.",
            "The episode is rollout 0 of 'hebbian evaluate --seed S'. Or replay recorded trajectory files."})
final class ReplayCommand implements Callable<Integer> {

    /** Where the runs come from: a model to simulate, or recorded trajectory files. */
    static final class Source {
        @Option(names = "--model", paramLabel = "FILE", description = "Model file to simulate.")
        Path model;

        @Option(names = "--trajectory", split = ",", paramLabel = "FILE.json",
                description = "Recorded trajectory files (docs/replay.md) to show instead of simulating.")
        List<Path> trajectories;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--robot", paramLabel = "NAME|FILE.urdf", description = "Run on this robot instead of the model's.")
    String robot;

    @Option(names = "--morphology", split = ",", defaultValue = "intact", paramLabel = "SPEC",
            description = "Morphologies, shown side by side (default: ${DEFAULT-VALUE}).")
    List<String> morphologies;

    @Option(names = "--seed", defaultValue = "0", description = "Episode seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "T", description = "Episode length in control steps (default: the model's).")
    Integer steps;

    @Option(names = "--weights-every", defaultValue = "10", paramLabel = "N",
            description = "Store the weights every N steps for the heatmaps (default: ${DEFAULT-VALUE}).")
    int weightsEvery;

    @Option(names = "--out", required = true, paramLabel = "replay.html", description = "The HTML file to write.")
    Path out;

    @Option(names = "--trajectory-out", paramLabel = "DIR",
            description = "Also write each run's trajectory JSON here (<morphology>.trajectory.json).")
    Path trajectoryOut;

    @Mixin
    ReplayExportOptions export;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (weightsEvery < 1) {
            throw new Errors.UserException("--weights-every must be >= 1, got " + weightsEvery);
        }
        if (steps != null && steps < 1) {
            throw new Errors.UserException("--steps must be >= 1, got " + steps);
        }
        export.validate();
        long t0 = System.nanoTime();
        List<Trajectory> runs = source.model != null ? simulate() : load();
        createParent(out);
        String title = "replay: " + runs.get(0).info().robot() + " " + String.join(", ",
                runs.stream().map(t -> t.info().morphology()).toList());
        ReplayPage.write(runs, title, out);
        PrintWriter pw = spec.commandLine().getOut();
        for (Trajectory t : runs) {
            pw.printf(Locale.ROOT, "%-24s %4d steps  %7.2f m%n", t.info().morphology(), t.steps(),
                    t.last().distanceM());
        }
        if (trajectoryOut != null) {
            Files.createDirectories(trajectoryOut);
            for (Trajectory t : runs) {
                Path f = trajectoryOut.resolve(t.info().morphology().replaceAll("[^A-Za-z0-9._=-]", "_")
                        + ".trajectory.json");
                TrajectoryJson.write(t, f);
                pw.printf(Locale.ROOT, "wrote %s (%d bytes)%n", f, Files.size(f));
            }
        }
        pw.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) * 1e-9);
        export.write(runs, pw);
        pw.flush();
        return 0;
    }

    private List<Trajectory> simulate() throws Exception {
        ModelLoader m = ModelLoader.load(source.model, robot);
        var sim = steps != null ? m.sim().withEpisodeSteps(steps) : m.sim();
        EpisodeRecording rec = new EpisodeRecording(m.model(), m.robot(), sim, source.model.getFileName().toString(),
                weightsEvery);
        return rec.record(morphologies, seed, Runtime.getRuntime().availableProcessors());
    }

    private List<Trajectory> load() throws Exception {
        List<Trajectory> runs = new ArrayList<>();
        for (Path p : source.trajectories) {
            try {
                runs.add(TrajectoryJson.read(p));
            } catch (java.nio.file.NoSuchFileException e) {
                throw e;
            } catch (java.io.IOException e) {
                throw new Errors.UserException(e.getMessage(), e);
            }
        }
        return runs;
    }

    static void createParent(Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
