package io.hebbian.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.es.EsConfig;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.es.OpenAiEs;
import io.hebbian.evolution.es.Optimizer;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.eval.LocalEvaluator;
import io.hebbian.evolution.problem.DamageOnsetWindow;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import io.hebbian.evolution.problem.FitnessWeights;
import io.hebbian.evolution.problem.ObservationKind;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.evolution.train.Checkpoint;
import io.hebbian.evolution.train.CsvLog;
import io.hebbian.evolution.train.RunDirectory;
import io.hebbian.evolution.train.Trainer;
import io.hebbian.evolution.train.TrainingListener;
import io.hebbian.sim.env.ControlMode;
import io.hebbian.sim.env.DomainRandomisation;
import io.hebbian.sim.env.ServoModel;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.physics.Stepper;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.servo.ServoPresetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hebbian evolve}: evolves Hebbian rules (or static or GRU weights) in simulation. */
@Command(name = "evolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evolve Hebbian plasticity coefficients (or static or GRU weights) with OpenAI-ES in simulation.",
            "Writes to --out: best.json, mean.json (deploy this one), checkpoint.json, log.csv, curve.png.",
            "Ctrl-C loses at most the generation in progress; continue with --resume DIR."})
final class EvolveCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "DIR", description = "New run directory.")
        Path out;

        @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run in DIR from its checkpoint.")
        Path resume;
    }

    @Option(names = "--preset", defaultValue = "quick", description = "quick (laptop defaults) or paper "
            + "(population 500, 1000-step episodes, SGD α 0.2, N(0,1) init). Explicit flags override. Default: ${DEFAULT-VALUE}.")
    String preset;

    @Option(names = "--robot", defaultValue = "ant", description = {"Built-in robot (ant, ant-pybullet, servo-quad) or",
        "URDF path. ant-pybullet is pybullet's Ant: 182 kg (1000 kg/m³), hips ±40°, ankles 30-100°, 250 N·m, each",
        "episode from pybullet's reset (joints U(-0.1, 0.1) rad, torso dropped from 0.75 m; fallen at z ≤ 0.26 m)",
        "(default: ${DEFAULT-VALUE})."})
    String robot;

    @Option(names = "--control", defaultValue = "position", paramLabel = "position|torque",
            description = {"How actions drive the joints: position (targets tracked by the --servo model; what robots",
                "do) or torque (pybullet's Ant: action × the joint's torque cap applied every physics step, motors",
                "off but for a 0.01%% joint friction, limit stops on; no servo model). A torque model runs only in",
                "simulation (default: ${DEFAULT-VALUE})."})
    String control;

    @Option(names = "--observation", defaultValue = "robot", paramLabel = "robot|paper",
            description = {"Network input: robot (joint encoders, gravity direction, gyro; --heading and",
                "--foot-contacts add to it) or paper (pybullet's 28 Ant inputs: body height since the start, angle",
                "to a target ahead, 0.3 × body velocity, roll, pitch, per joint position and 0.1 × velocity, 4 foot",
                "contacts; it includes heading and contacts). Body height and velocity are privileged: robot nodes",
                "refuse such a model, sim-run/evaluate/replay run it (default: ${DEFAULT-VALUE})."})
    String observation;

    @Option(names = "--train-morphologies", split = ",", defaultValue = "intact,damaged-right-front",
            description = "Training morphologies; fitness is their mean. 'random-damage' draws a new damage per "
                    + "episode (any leg: shortened shin, locked or weak joint) (default: ${DEFAULT-VALUE}).")
    List<String> morphologies;

    @Option(names = "--held-out", split = ",", defaultValue = "damaged-left-front",
            description = {"Morphologies random-damage never draws, kept unseen for evaluation; leg:<leg> holds out",
                "every damage of that leg (default: ${DEFAULT-VALUE})."})
    List<String> heldOut;

    @Option(names = "--damage-onset", paramLabel = "MIN,MAX",
            description = {"Damage during life: a random-damage episode starts intact and its drawn joint damage (lock,",
                "weak) switches on at a control step drawn uniformly from [MIN, MAX] by the episode's seed; a drawn",
                "body damage (shortened shin) is there from step 0. Fitness is still the whole episode's distance.",
                "MAX must be below --episode-steps. Default: off (every damage from step 0)."})
    String damageOnset;

    @Option(names = "--population", description = "Candidates per generation, even (quick 64, paper 500).")
    Integer population;

    @Option(names = "--generations", description = "Generations to reach (default: 300; with --resume: the run's own target).")
    Integer generations;

    @Option(names = "--episode-steps", description = "Control steps per episode (quick 500, paper 1000).")
    Integer episodeSteps;

    @Option(names = "--early-stop", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"End a training episode when the robot falls over or, after step 200, makes no forward",
                "progress (under 1 cm in 30 steps; after the reference code's rule), so failed candidates cost little; recorded",
                "in the run. Evaluation always runs whole episodes. --no-early-stop turns it off (default: on)."})
    boolean earlyStop;

    @Option(names = "--stepper", defaultValue = "exact", paramLabel = "exact|quick",
            description = {"Physics constraint solver: exact (ode4j's dWorldStep: rigid hinges) or quick",
                "(quickStep, 10 iterations: faster, but hinges bend ~1.3° on average during a gait; what the",
                "models shipped before it was a choice were trained with) (default: ${DEFAULT-VALUE})."})
    String stepper;

    @Option(names = "--substeps", paramLabel = "N",
            description = "Physics steps per 16.5 ms control step (default: " + SimSettings.RECOMMENDED_EXACT_SUBSTEPS
                + " with the exact stepper, whose hinges stay under 0.2° of misalignment on average during an evolved"
                + " gait at 8 ms steps; 4 with quick, whose hinge error grows with the step).")
    Integer substeps;

    @Option(names = "--servo", defaultValue = "ideal", paramLabel = "NAME|FILE.json",
            description = {"Servo model of the simulated joints: ideal, dynamixel-xl430, dynamixel-xm430, hobby-pwm",
                "(speed cap, lag, deadband, backlash, latency), or a preset file fitted by 'servo step-response'",
                "(default: ${DEFAULT-VALUE})."})
    String servo;

    @Option(names = "--domain-randomization", description = "Randomise mass, friction, motor strength, sensor noise, "
            + "latency and initial pose per episode (moderate ranges).")
    boolean domainRandomization;

    @Option(names = "--threads", description = "Evaluation threads (default: all cores).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the whole run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rule", defaultValue = "ABCD_eta", description = "Plasticity rule: A, AD, AD_eta, ABC, ABC_eta, ABCD, ABCD_eta (default: ${DEFAULT-VALUE}).")
    String rule;

    @Option(names = "--static", description = "Evolve the weights directly (the paper's baseline).")
    boolean staticWeights;

    @Option(names = "--recurrent", description = "Evolve the recurrent baseline: one GRU layer of --hidden H units "
            + "and a tanh output layer, every weight evolved and fixed (memory, no plasticity), started like --static.")
    boolean recurrent;

    @Option(names = "--coevolve-initial-weights", description = "Evolve the initial weights together with the rule.")
    boolean coevolve;

    @Option(names = "--hidden", split = ",", description = "Hidden layer sizes; with --recurrent one, the GRU units"
            + " (quick: 32, which trains faster and kept more on held-out damages in the adaptation study; paper:"
            + " 128,64, the paper's network).")
    int[] hidden;

    @Option(names = "--rule-sharing", defaultValue = "synapse",
            paramLabel = "synapse|post|pre|diagonal|layer|neuron-centric",
            description = {"Which synapses share one evolved rule: synapse (one each, the paper), post (one per",
                "post-synaptic neuron), pre (one per input neuron), diagonal (one per i+j: the reference code's",
                "indexing before its fix), layer, or neuron-centric (Ferigo et al. 2024: A, B, C, D, eta per neuron,",
                "each synapse's rule combined from its two neurons'; ABCD_eta only). Fewer rules leave less room",
                "to write a gait into the rules (default: ${DEFAULT-VALUE})."})
    String ruleSharing;

    @Option(names = "--normalization", defaultValue = "none", description = "Weight normalisation: none, max-abs, clip, variance (default: ${DEFAULT-VALUE}).")
    String normalization;

    @Option(names = "--plasticity-interval", paramLabel = "K", defaultValue = "1",
            description = {"Apply the Hebbian rule every K control steps (Hebbian attractor networks, Dittrich et al.",
                "2026: slower plasticity with bounded weights settles on fixed points) (default: ${DEFAULT-VALUE},",
                "every step, the paper)."})
    int plasticityInterval;

    @Option(names = "--activity-window", paramLabel = "M", defaultValue = "1",
            description = {"Feed each Hebbian update the pre- and post-synaptic activity averaged over the last M",
                "control steps (default: ${DEFAULT-VALUE}, this step's activity, the paper)."})
    int activityWindow;

    @Option(names = "--max-step-rad", paramLabel = "RAD", defaultValue = "0",
            description = {"Train through the policy node's safety-gate rate limit: no joint position target moves more",
                "than RAD per control step (the node's max_step_rad, default 0.1 rad), so the gait the node lets",
                "through on a robot is the gait evolution selected. Recorded in the model's physics; evaluate, study",
                "and replay apply it, sim-run and the sim bridge leave it to the node's gate. Position control only",
                "(default: ${DEFAULT-VALUE}, no limit)."})
    double maxStepRad;

    @Option(names = "--action-filter", paramLabel = "ALPHA", defaultValue = "1",
            description = {"Low-pass the commands: a_t = a_(t-1) + ALPHA·(network output − a_(t-1)) per control step,",
                "from mid-range at every start, so targets cannot jump (Leung et al. 2025 use 0.1 on real robots);",
                "the Hebbian rule still learns from the unfiltered output. Recorded in the model; every node runs it",
                "(default: ${DEFAULT-VALUE}, no filter)."})
    double actionFilter;

    @Option(names = "--optimizer", description = "sgd or adam (quick: adam, paper: sgd).")
    String optimizer;

    @Option(names = "--lr", description = "Learning rate (quick 0.05, paper 0.2).")
    Double learningRate;

    @Option(names = "--sigma", description = "Initial noise std (default 0.1).")
    Double sigma;

    @Option(names = "--init-std", description = "Std of the initial parameters (quick 0.1, paper 1.0).")
    Double initStd;

    @Option(names = "--foot-contacts", description = {"Add one foot contact per leg to the network input (1 while",
        "the foot touches the ground). The ROS 2 policy node then reads /foot_contacts (the sim bridge and the",
        "mock robot publish it); a real robot needs a driver that publishes it from foot switches or servo load.",
        "Part of --observation paper already."})
    boolean footContacts;

    @Option(names = "--heading", description = "Add the heading to the network input: sin and cos of the turn "
            + "since the start, from the IMU orientation (the paper's angle-to-target input). Lets a damaged robot "
            + "steer straight; on a robot, 'straight' is where it faces when the policy starts. Part of --observation "
            + "paper already.")
    boolean heading;

    @Option(names = "--action-rate-cost", defaultValue = "0", description = "Fitness cost per unit of mean |Δtarget| (fraction of range) per step (default: ${DEFAULT-VALUE}).")
    double actionRateCost;

    @Option(names = "--saturation-cost", defaultValue = "0", description = "Fitness cost per saturated-output fraction per step (default: ${DEFAULT-VALUE}).")
    double saturationCost;

    @Option(names = "--energy-cost", defaultValue = "0", description = "Fitness cost per joule of mechanical work "
            + "at the joints (each joint's |torque · rate · dt| netted per control step) (default: ${DEFAULT-VALUE}).")
    double energyCost;

    @Option(names = "--idle-leg-cost", defaultValue = "0", paramLabel = "C", description = "Fitness cost per step of "
            + "the least-used foot's shortfall below 20% of the steps on the ground (as a fraction of 20%: 1 when it "
            + "never lands), so a gait cannot carry one leg and stand on the other three (default: ${DEFAULT-VALUE}).")
    double idleLegCost;

    @Option(names = "--noise-table-size", defaultValue = "16777216", description = "Floats in the shared noise table (default: ${DEFAULT-VALUE}).")
    int noiseTableSize;

    @Option(names = "--quiet", description = "No progress bar; one line per generation on stderr instead.")
    boolean quiet;

    @Option(names = "--cluster", paramLabel = "hazelcast", description = "Evaluate on a Hazelcast cluster of "
            + "'hebbian worker's (docs/cluster.md); --threads is then the driver's own share, 0 to only drive.")
    String clusterKind;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    /** Hidden layers of the quick preset: the adaptation study's [obs, 32, actions]. */
    static final int[] QUICK_HIDDEN = {32};
    /** Hidden layers of the paper preset: the paper's [obs, 128, 64, actions]. */
    static final int[] PAPER_HIDDEN = {128, 64};

    /** Flags that still mean something with --resume (besides the cluster and debug mixins). */
    static final Set<String> RESUME_FLAGS = Set.of("--resume", "--generations", "--threads", "--quiet", "--cluster");

    @Override
    public Integer call() throws Exception {
        if (clusterKind != null && !"hazelcast".equals(clusterKind)) {
            throw new Errors.UserException("unknown --cluster '" + clusterKind + "'; expected hazelcast");
        }
        Path dir;
        Checkpoint start;
        if (target.resume != null) {
            rejectFlagsIgnoredByResume();
            dir = target.resume;
            Checkpoint saved = Checkpoint.read(dir.resolve(Checkpoint.FILE));
            int goal = generations != null ? generations : saved.targetGenerations();
            if (goal < saved.state().generation()) {
                throw new Errors.UserException(dir + " is already at generation " + saved.state().generation()
                        + "; --generations " + goal + " would go back");
            }
            start = new Checkpoint(saved.config(), saved.problem(), goal, saved.state());
        } else {
            dir = target.out;
            if (Files.exists(dir.resolve(Checkpoint.FILE))) {
                throw new Errors.UserException(dir + " already holds a run; continue it with --resume " + dir
                        + " or choose another --out");
            }
            start = freshRun();
            Files.createDirectories(dir);
        }
        TrainingProblem problem = TrainingProblem.fromJson(start.problem());
        RobotDescription robot = problem.loadRobot();
        EsConfig config = start.config();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        NoiseTable noise = new NoiseTable(config.noiseSeed(), config.noiseTableSize());
        OpenAiEs es = new OpenAiEs(config, noise);
        int episodes = config.populationSize() * problem.morphologies().size();
        List<TrainingListener> listeners = List.of(
                new CsvLog(dir.resolve(RunDirectory.LOG), episodes),
                new RunDirectory(dir, config, problem.toJson(), (p, t) -> problem.toModel(robot, p, t), 10),
                new ProgressListener(quiet, episodes));
        AtomicBoolean finished = new AtomicBoolean();
        Thread notice = new Thread(() -> {
            if (!finished.get()) {
                System.err.println("\nevolve: stopped; every completed generation is saved. Continue with: "
                        + "./hebbian evolve --resume " + dir);
            }
        });
        Runtime.getRuntime().addShutdownHook(notice);
        try (Evaluator evaluator = clusterKind == null
                ? new LocalEvaluator(() -> new EpisodeTaskRunner(problem), noise, workers)
                : ClusterEvaluators.open(clusterKind, cluster, problem, noise, workers)) {
            EsState end = new Trainer(es, evaluator, problem.morphologies().size(), listeners)
                    .run(start.state(), start.targetGenerations());
            finished.set(true);
            System.err.printf("evolve: %d generations done; models in %s (mean.json, best.json)%n", end.generation(), dir);
        } finally {
            finished.set(true);
        }
        return 0;
    }

    /** A resumed run keeps its saved problem and ES settings; a flag that would change them is an error, not dropped. */
    private void rejectFlagsIgnoredByResume() {
        Set<String> allowed = new TreeSet<>(RESUME_FLAGS);
        spec.mixins().values().forEach(m -> m.options().forEach(o -> allowed.add(o.longestName())));
        List<String> ignored = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName).filter(n -> !allowed.contains(n)).distinct().toList();
        if (!ignored.isEmpty()) {
            throw new Errors.UserException("--resume continues with the run's saved settings, so "
                    + String.join(" ", ignored) + " would be ignored: drop " + (ignored.size() == 1 ? "it" : "them")
                    + " (with --resume only " + String.join(", ", allowed) + " apply)");
        }
    }

    /** The checkpoint a new run starts from; validates every flag (the study command checks specs with it). */
    Checkpoint freshRun() throws Exception {
        boolean paper = switch (preset) {
            case "paper" -> true;
            case "quick" -> false;
            default -> throw new Errors.UserException("unknown --preset '" + preset + "'; expected quick or paper");
        };
        EsConfig c = (paper ? EsConfig.paper(seed) : EsConfig.quickStart(seed)).withNoiseTableSize(noiseTableSize);
        if (population != null) {
            c = c.withPopulation(population);
        }
        if (optimizer != null || learningRate != null) {
            c = c.withOptimizer(optimizer != null ? Optimizer.fromId(optimizer) : c.optimizer(),
                    learningRate != null ? learningRate : c.learningRate());
        }
        if (sigma != null) {
            c = c.withSigma(sigma);
        }
        ControlMode mode = parse("--control", control, ControlMode::fromId);
        ObservationKind input = parse("--observation", observation, ObservationKind::fromId);
        Stepper solver = parse("--stepper", stepper, Stepper::fromId);
        ServoModel servoModel = servoModel();
        if (mode == ControlMode.TORQUE && !servoModel.equals(ServoModel.ideal())) {
            throw new Errors.UserException("--servo " + servo + " models a position servo; --control torque applies "
                    + "the action as a joint torque without one (drop --servo)");
        }
        SimSettings sim = PhysicsFlags.substeps(SimSettings.recommended(solver), substeps)
                .withEpisodeSteps(episodeSteps != null ? episodeSteps : paper ? 1000 : 500)
                .withEarlyStop(earlyStop).withServo(servoModel).withControl(mode);
        if (domainRandomization) {
            sim = sim.withRandomisation(DomainRandomisation.moderate());
        }
        sim = withTargetStepLimit(sim, mode);
        int[] layers = hidden != null ? hidden : paper ? PAPER_HIDDEN : QUICK_HIDDEN;
        PolicyKind kind = PolicyFlags.kind(staticWeights, recurrent, coevolve, ruleSharing, layers,
                spec.commandLine().getParseResult()::hasMatchedOption);
        TrainingProblem problem = new TrainingProblem(robot, morphologies, heldOut, sim, kind, PlasticityRule.fromName(rule),
                layers,
                new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.fromId(normalization), schedule(),
                        actionFilter()),
                false, heading && input == ObservationKind.ROBOT,
                fitnessWeights(), PolicyFlags.sharing(ruleSharing),
                footContacts && input == ObservationKind.ROBOT, java.util.Optional.empty(), input);
        if (damageOnset != null) {
            problem = withOnset(problem);
        }
        RobotDescription r = problem.loadRobot();
        NetworkShape shape = problem.shape(r);
        double std = initStd != null ? initStd : paper ? 1.0 : 0.1;
        double[] theta0 = problem.initialParameters(shape, std, new SplittableRandom(seed));
        ObjectNode problemJson = problem.toJson();
        problemJson.put("initStd", std);
        return new Checkpoint(c, problemJson, generations != null ? generations : 300, EsState.initial(c, theta0));
    }

    private FitnessWeights fitnessWeights() {
        try {
            return new FitnessWeights(actionRateCost, saturationCost, energyCost, idleLegCost);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(e.getMessage());
        }
    }

    private SimSettings withTargetStepLimit(SimSettings sim, ControlMode mode) {
        if (!(maxStepRad >= 0 && maxStepRad < Double.POSITIVE_INFINITY)) {
            throw new Errors.UserException("--max-step-rad must be a number of radians >= 0 (0 = no limit), got "
                    + maxStepRad);
        }
        if (maxStepRad == 0) {
            return sim;
        }
        if (mode == ControlMode.TORQUE) {
            throw new Errors.UserException("--max-step-rad limits position targets; --control torque has none (drop one)");
        }
        return sim.withMaxTargetStepRad(maxStepRad);
    }

    private double actionFilter() {
        if (!(actionFilter > 0 && actionFilter <= 1)) {
            throw new Errors.UserException("--action-filter must be within (0, 1], 1 for none: " + actionFilter);
        }
        return actionFilter;
    }

    private PlasticitySchedule schedule() {
        try {
            return new PlasticitySchedule(plasticityInterval, activityWindow);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--plasticity-interval/--activity-window: " + e.getMessage());
        }
    }

    /** {@code parser} applied to a flag's value; its IllegalArgumentException becomes a one-line user error. */
    private static <T> T parse(String flag, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(flag + ": " + e.getMessage());
        }
    }

    private TrainingProblem withOnset(TrainingProblem problem) {
        try {
            return problem.withDamageOnset(DamageOnsetWindow.parse(damageOnset));
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--damage-onset " + damageOnset + ": " + e.getMessage());
        }
    }

    /** The --servo preset or file; a bad name or file is a user error (one line, exit 2). */
    private ServoModel servoModel() throws java.io.IOException {
        try {
            return ServoPresetFile.load(servo);
        } catch (IllegalArgumentException | FormatException e) {
            throw new Errors.UserException("--servo: " + e.getMessage(), e);
        }
    }
}
