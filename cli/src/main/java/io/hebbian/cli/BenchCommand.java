package io.hebbian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.sim.bench.Bench;
import io.hebbian.sim.bench.BenchResult;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.physics.Stepper;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures simulator and network throughput with a random Hebbian network. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run simulated episodes with a random Hebbian network ([obs,128,64,actions], ABCD_eta,",
            "coefficients N(0,0.1)) or an evolved --model and report control steps/s per thread, physics",
            "steps/s, network µs per step and episodes/s on N threads, and the hinges' constraint error",
            "(axis misalignment, anchor separation) during those episodes. Physics: what new training runs",
            "use (exact stepper), or the model's, changed by --stepper/--substeps/--iterations."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--robot", defaultValue = "ant", paramLabel = "NAME|FILE.urdf",
            description = "Robot: ant, servo-quad or a .urdf file (default: ${DEFAULT-VALUE}).")
    String robot;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Worker threads, one simulator each (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "S",
            description = "Measuring time of the multi-threaded phase, s (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Benchmark this model's policy (and its robot and physics) instead of a random network.")
    java.nio.file.Path model;

    @Option(names = "--stepper", paramLabel = "quick|exact", description = "Constraint solver (default: exact, or the model's).")
    String stepper;

    @Option(names = "--substeps", paramLabel = "N", description = "Physics steps per control step (default: what new runs use with the stepper, "
            + SimSettings.RECOMMENDED_EXACT_SUBSTEPS + " exact or 4 quick; or the model's).")
    Integer substeps;

    @Option(names = "--iterations", paramLabel = "N", description = "quickStep iterations (default: 10, or the model's).")
    Integer iterations;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || threads > 256) {
            throw new Errors.UserException("--threads must be within [1, 256], got " + threads);
        }
        if (!(seconds > 0 && seconds <= 3600)) {
            throw new Errors.UserException("--seconds must be within (0, 3600], got " + seconds);
        }
        RobotDescription r;
        SimSettings settings;
        Bench bench;
        if (model != null) {
            ModelLoader m = ModelLoader.load(model, null);
            r = m.robot();
            settings = adjust(m.sim().withEpisodeSteps(1000));
            bench = new Bench(r, settings, System::nanoTime, m.model().requireObservation(),
                    seed -> m.model().newPolicy());
        } else {
            r = Robots.load(robot);
            // what new runs with this stepper use (so --stepper quick means quickStep at its 4 substeps), no early stop
            Stepper solver = stepper != null ? PhysicsFlags.stepper(stepper) : Stepper.EXACT;
            settings = adjust(SimSettings.recommended(solver).withEarlyStop(false));
            bench = new Bench(r, settings, System::nanoTime);
        }
        BenchResult b = bench.run(threads, seconds);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("robot", r.name());
            o.put("controlStepsPerSecondPerThread", b.controlStepsPerSecondPerThread());
            o.put("physicsStepsPerSecond", b.physicsStepsPerSecond());
            o.put("envMicrosPerStep", b.envMicrosPerStep());
            o.put("networkMicrosPerStep", b.networkMicrosPerStep());
            o.put("episodesPerSecond", b.episodesPerSecond());
            o.put("threads", b.threads());
            o.put("episodeSteps", b.episodeSteps());
            o.put("cpuControlStepsPerSecond", b.cpuControlStepsPerSecond());
            o.put("substeps", settings.substeps());
            o.put("stepper", settings.stepper().id());
            o.put("solverIterations", settings.solverIterations());
            o.put("meanAxisErrorDeg", b.meanAxisErrorDeg());
            o.put("maxAxisErrorDeg", b.maxAxisErrorDeg());
            o.put("meanAnchorErrorMm", b.meanAnchorErrorMm());
            o.put("maxAnchorErrorMm", b.maxAnchorErrorMm());
            o.put("kernel", b.kernel());
            o.put("envBytesPerStep", b.envBytesPerStep());
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "robot %s, %d thread(s), episodes of %d control steps x %d substeps, %s stepper%s%n",
                    r.name(), b.threads(), b.episodeSteps(), settings.substeps(), settings.stepper().id(),
                    settings.stepper() == Stepper.QUICK ? " (" + settings.solverIterations() + " iterations)" : "");
            out.printf(Locale.ROOT, "control steps/s per thread : %,.0f%n", b.controlStepsPerSecondPerThread());
            out.printf(Locale.ROOT, "  per second of thread CPU : %,.0f (what the cores deliver when not shared)%n",
                    b.cpuControlStepsPerSecond());
            out.printf(Locale.ROOT, "physics steps/s (1 thread) : %,.0f%n", b.physicsStepsPerSecond());
            out.printf(Locale.ROOT, "env µs per control step    : %.1f (%.0f KB allocated per step)%n", b.envMicrosPerStep(),
                    b.envBytesPerStep() / 1024.0);
            out.printf(Locale.ROOT, "network µs per step        : %.1f (%s kernel)%n", b.networkMicrosPerStep(), b.kernel());
            out.printf(Locale.ROOT, "episodes/s (%d thread(s))   : %.2f%n", b.threads(), b.episodesPerSecond());
            out.printf(Locale.ROOT, "hinge axis error, degrees  : mean %.3f, max %.2f%n", b.meanAxisErrorDeg(),
                    b.maxAxisErrorDeg());
            out.printf(Locale.ROOT, "hinge anchor error, mm     : mean %.3f, max %.2f%n", b.meanAnchorErrorMm(),
                    b.maxAnchorErrorMm());
        }
        out.flush();
        return 0;
    }

    private SimSettings adjust(SimSettings s) {
        if (stepper != null) {
            s = s.withStepper(PhysicsFlags.stepper(stepper));
        }
        s = PhysicsFlags.substeps(s, substeps);
        if (iterations != null) {
            if (iterations < 1 || iterations > 1000) {
                throw new Errors.UserException("--iterations must be within [1, 1000], got " + iterations);
            }
            s = s.withSolverIterations(iterations);
        }
        return s;
    }
}
