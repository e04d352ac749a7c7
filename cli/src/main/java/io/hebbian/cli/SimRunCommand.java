package io.hebbian.cli;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.StepResult;
import java.util.Optional;
import io.hebbian.ros2.inproc.SimRun;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The inproc deployment: policy node and sim bridge in one JVM, no middleware. A simulation-only model (privileged
 * inputs or torque control, which the nodes refuse) runs as a plain simulator episode instead.
 */
@Command(name = "sim-run", mixinStandardHelpOptions = true,
        description = {"Run a model's policy node against the simulated robot in one process (the nodes of a ROS 2 "
                + "deployment on an in-process transport, stepping in lockstep) and print the distance walked.",
            "A simulation-only model (--observation paper or --control torque: robot nodes refuse it) runs as a "
                + "plain simulator episode, without the nodes.",
            "Example: hebbian sim-run --model walker.json --morphology damaged-right-front --seconds 16.5"})
final class SimRunCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Coefficients file.")
    Path model;

    @Option(names = "--robot", paramLabel = "NAME|FILE.urdf",
            description = "ant, servo-quad or a URDF file (default: the model's robot, else ant).")
    String robot;

    @Option(names = "--morphology", defaultValue = "intact", paramLabel = "SPEC",
            description = "Damage, e.g. damaged-right-front, lock:<joint> (default: ${DEFAULT-VALUE}).")
    String morphology;

    @Option(names = "--seconds", paramLabel = "S",
            description = "Simulated seconds (default: the model's episode length, 1000 control steps).")
    Double seconds;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random initial weights (default: random).")
    Long seed;

    @Option(names = "--episode-seed", defaultValue = "0", paramLabel = "N",
            description = "Seed of sensor noise and randomisation (default: ${DEFAULT-VALUE}).")
    long episodeSeed;

    @Option(names = "--max-step-rad", paramLabel = "RAD",
            description = {"The policy node's safety-gate rate limit: largest change of any joint target per control",
                "step, radians; 0 for none. A gait trained without it (evolve --max-step-rad) that moves faster is",
                "slowed here as on the robot; the count of slowed commands is printed (default: the node's, "
                    + "${DEFAULT-VALUE})."})
    double maxStepRad = io.hebbian.ros2.policy.PolicyNodeConfig.DEFAULT_MAX_STEP_RAD;

    @Mixin
    DebugOption debug;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds != null && !(seconds > 0)) {
            throw new Errors.UserException("--seconds must be positive, got " + seconds);
        }
        PolicyModel m = ModelFile.read(model);
        String robotName = robot != null ? robot : m.robot().orElse("ant");
        RobotDescription r = Robots.load(robotName);
        SimSettings trained = m.physics().isEmpty() ? SimSettings.paper() : SimSettings.fromJson(m.physics());
        // the simulated robot takes any target; the rate limit is the node's gate (--max-step-rad)
        SimSettings settings = trained.withMaxTargetStepRad(SimSettings.NO_TARGET_STEP_LIMIT);
        long steps = seconds == null ? settings.episodeSteps()
                : Math.max(1, Math.round(seconds / settings.controlPeriodSeconds()));
        if (!(maxStepRad >= 0)) {
            throw new Errors.UserException("--max-step-rad must be >= 0 (0 = no limit), got " + maxStepRad);
        }
        long s = seed != null ? seed : new SecureRandom().nextLong();
        Optional<String> simulationOnly = RobotDeployment.refusal(m);
        double distance;
        long done;
        String gate = "";
        if (simulationOnly.isPresent()) {
            spec.commandLine().getErr().println("sim-run: " + model + " is simulation-only (" + simulationOnly.get()
                    + "): running a plain simulator episode, without the policy and sim-bridge nodes");
            spec.commandLine().getErr().flush();
            Walk run = direct(m, r, trained, (int) steps, s);
            distance = run.distanceM();
            done = run.steps();
        } else {
            RobotDeployment.gateNote(m, maxStepRad).ifPresent(note -> {
                spec.commandLine().getErr().println("sim-run: " + note);
                spec.commandLine().getErr().flush();
            });
            SimRun run = SimRun.run(m, r, settings, morphology, steps, new SplittableRandom(s), episodeSeed,
                    maxStepRad, line -> { });
            distance = run.distanceM();
            done = run.steps();
            gate = maxStepRad > 0 ? String.format(Locale.ROOT, "; %d of %d commands rate-limited to %s rad per step",
                    run.rateLimited(), run.commands(), maxStepRad) : "; no rate limit";
        }
        spec.commandLine().getOut().printf(Locale.ROOT,
                "distance walked: %.3f m in %.2f s (%d steps, robot %s, morphology %s, seed %d%s)%n",
                distance, done * settings.controlPeriodSeconds(), done, r.name(), morphology, s, gate);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** One episode of {@code steps} control steps straight on the simulator: initial weights from {@code seed}. */
    private Walk direct(PolicyModel m, RobotDescription r, SimSettings settings, int steps, long seed)
            throws Exception {
        SimSettings whole = settings.withEpisodeSteps(steps).withEarlyStop(false);
        try (QuadrupedEnv env = new QuadrupedEnv(r, Morphology.parse(morphology), whole, m.requireObservation())) {
            Policy policy = m.newPolicy();
            policy.reset(new SplittableRandom(seed));
            double[] obs = env.reset(episodeSeed);
            double[] action = new double[env.actionSpec().size()];
            StepResult step;
            do {
                policy.act(obs, action);
                step = env.step(action);
                obs = step.observation();
            } while (!step.terminated() && !step.truncated());
            return new Walk(env.distanceM(), env.stepCount());
        }
    }

    /** Distance along +x, metres, after {@code steps} control steps. */
    private record Walk(double distanceM, long steps) {
    }
}
