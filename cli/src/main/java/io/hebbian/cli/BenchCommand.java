package io.hebbian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.sim.bench.Bench;
import io.hebbian.sim.bench.BenchResult;
import io.hebbian.sim.env.SimSettings;
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
            "coefficients N(0,0.1)) and report control steps/s per thread, physics steps/s,",
            "network µs per step and episodes/s on N threads. Physics: the paper's settings."})
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
        RobotDescription r = Robots.load(robot);
        SimSettings settings = SimSettings.paper();
        BenchResult b = new Bench(r, settings, System::nanoTime).run(threads, seconds);
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
            out.println(o);
        } else {
            out.printf(Locale.ROOT, "robot %s, %d thread(s), episodes of %d control steps x %d substeps%n", r.name(),
                    b.threads(), b.episodeSteps(), settings.substeps());
            out.printf(Locale.ROOT, "control steps/s per thread : %,.0f%n", b.controlStepsPerSecondPerThread());
            out.printf(Locale.ROOT, "  per second of thread CPU : %,.0f (what the cores deliver when not shared)%n",
                    b.cpuControlStepsPerSecond());
            out.printf(Locale.ROOT, "physics steps/s (1 thread) : %,.0f%n", b.physicsStepsPerSecond());
            out.printf(Locale.ROOT, "env µs per control step    : %.1f%n", b.envMicrosPerStep());
            out.printf(Locale.ROOT, "network µs per step        : %.1f%n", b.networkMicrosPerStep());
            out.printf(Locale.ROOT, "episodes/s (%d thread(s))   : %.2f%n", b.threads(), b.episodesPerSecond());
        }
        out.flush();
        return 0;
    }
}
