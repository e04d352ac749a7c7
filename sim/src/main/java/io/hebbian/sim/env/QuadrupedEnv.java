package io.hebbian.sim.env;

import io.hebbian.controller.damage.DamageTerm;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.safety.SafetyGate;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.BodySample;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.controller.spec.ObservationBuilder;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.physics.OdeRobot;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated quadruped episode in the Gymnasium style: {@link #reset(long)} then {@link #step}
 * until {@code terminated} or {@code truncated}. The policy sees only what the robot's topics carry
 * (joint encoders, IMU; foot contacts if the spec asks for them: whether the foot link touched the ground
 * during the last control step, without noise or latency, as a foot switch would report),
 * turned into network input by the controller's {@link ObservationBuilder}.
 * Fitness is {@link #distanceM()}, the torso's displacement along +x. Actions are position targets or, under
 * {@link ControlMode#TORQUE torque control}, joint torques (action × the joint's torque cap, applied every physics
 * substep, the velocity motors off). A spec with privileged channels (the paper observation) reads the torso's
 * true height and velocity, exactly, without noise or latency.
 *
 * <p>One env per thread; reusable: {@code reset} puts the same world back in place. Same seed and
 * actions give a bit-identical trajectory on any thread. {@code step} allocates only what ode4j allocates (contact joints,
 * solver work arrays: ~127 KB per control step with quickStep, ~296 KB with dWorldStep; {@code hebbian bench} reports it).
 * A joint damage can switch on during an episode ({@link #injure}); the next {@code reset} undoes it.
 */
public final class QuadrupedEnv implements AutoCloseable {

    /** The paper's distance unit (pybullet progress summed over steps) in metres: 0.0165 m. */
    public static final double PAPER_DISTANCE_UNIT_M = 0.0165;
    /**
     * Below this fraction of its initial height the torso counts as fallen, unless the robot sets an absolute
     * {@linkplain io.hebbian.sim.robot.EpisodeConventions#fallenHeightM() fallen height}.
     */
    public static final double FALLEN_HEIGHT_FRACTION = 0.47;
    private static final double AT_LIMIT_FRACTION = 0.01;
    /** Early stop: no stop for lack of progress before this control step (the reference code's 200). */
    public static final int NO_PROGRESS_GRACE_STEPS = 200;
    /** Early stop: the window, in control steps, over which forward progress is judged (reference: 30). */
    public static final int NO_PROGRESS_STEPS = 30;
    /** Early stop: less forward progress than this over {@link #NO_PROGRESS_STEPS} steps counts as none, metres. */
    public static final double NO_PROGRESS_M = 0.01;

    private final RobotDescription robot;
    private final Morphology morphology;
    private final SimSettings settings;
    private final ObservationBuilder builder;
    /** Per leg (robot order): 1 if its foot touched the ground during the last step; read by foot_contact channels. */
    private final double[] contacts;
    /** The torso's true height and velocity, read by privileged channels. */
    private final BodySample body = new BodySample();
    private final boolean torqueControl;
    /** Absolute fallen height, m, or NaN for the fraction rule. */
    private final double fallenHeightM;
    private final ActionSpec actionSpec;
    private final OdeRobot ode;
    private final ServoBank servos;
    private final TrueSensors truth;
    private final SensorModel sensors;
    private final EpisodeRandomiser randomiser;
    private final double[] observation;
    private final StepResult result;
    private final double[] targets;
    /** The network's targets before the rate limit; only used with {@link SimSettings#hasTargetStepLimit()}. */
    private final double[] requested;
    /** The policy node's safety gate, for {@link SimSettings#maxTargetStepRad()}; null without a limit. */
    private final SafetyGate gate;
    private final double[] previousAction;
    private final double[] jointWork;
    private final double[] clampedAction;
    private final double[] lower;
    private final double[] range;
    /** The robot with the damage in effect now: as built, plus what {@link #injure} switched on. */
    private RobotDescription damaged;
    private Morphology injury = Morphology.intact();
    private long episodeSeed;
    private double startX;
    private double startHeight;
    private int steps;
    /** Torso x at the end of the last {@link #NO_PROGRESS_STEPS} steps, a ring indexed by step. */
    private final double[] recentX = new double[NO_PROGRESS_STEPS];

    /**
     * @param robot      the intact robot
     * @param morphology damage applied to it
     * @param settings   physics, servo, sensor and randomisation settings
     * @param spec       the observation the policy gets; joints must be the robot's
     */
    public QuadrupedEnv(RobotDescription robot, Morphology morphology, SimSettings settings, ObservationSpec spec) {
        this.robot = DamageEffects.apply(morphology, robot);
        this.morphology = morphology;
        this.settings = settings;
        List<Joint> joints = this.robot.jointDescriptions();
        this.actionSpec = this.robot.actionSpec();
        this.builder = ObservationBuilder.simulated(spec, this.robot.jointNames(), this.robot.legNames());
        this.torqueControl = settings.control() == ControlMode.TORQUE;
        this.fallenHeightM = this.robot.conventions().fallenHeightM();
        this.contacts = new double[this.robot.legNames().size()];
        this.ode = new OdeRobot(this.robot, settings.stepper(), settings.solverIterations(), settings.frictionCoef());
        this.servos = new ServoBank(settings.servo(), joints);
        this.truth = new TrueSensors(this.robot);
        boolean[] stuck = new boolean[joints.size()];
        for (int k = 0; k < stuck.length; k++) {
            stuck[k] = joints.get(k).sensorStuck();
        }
        this.sensors = new SensorModel(stuck, settings.sensors().latencySteps()
                + settings.randomisation().extraLatencyStepsMax());
        this.randomiser = new EpisodeRandomiser(this.robot, settings, ode);
        this.damaged = this.robot;
        this.observation = new double[spec.size()];
        this.result = new StepResult(observation);
        int n = joints.size();
        targets = new double[n];
        requested = new double[n];
        gate = settings.hasTargetStepLimit() ? new SafetyGate(this.robot.joints(), settings.maxTargetStepRad()) : null;
        previousAction = new double[n];
        jointWork = new double[n];
        clampedAction = new double[n];
        lower = new double[n];
        range = new double[n];
        List<JointLimits> limits = this.robot.joints();
        for (int k = 0; k < n; k++) {
            lower[k] = limits.get(k).lowerRad();
            range[k] = limits.get(k).rangeRad();
        }
    }

    /**
     * Starts an episode. Randomisation (if configured) and sensor noise are drawn from {@code seed}.
     *
     * @return the first observation (owned by the env, overwritten by {@link #step})
     */
    public double[] reset(long seed) {
        if (!injury.isIntact()) {
            ode.restoreStops();
            servos.configure(robot.jointDescriptions());
            sensors.restoreStuck();
            damaged = robot;
            injury = Morphology.intact();
        }
        episodeSeed = seed;
        start(seed);
        return observation;
    }

    /** Places the robot and starts the sensors for the episode of {@code seed}, with the damage in effect now. */
    private void start(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] initial = randomiser.apply(rng.split(), damaged.jointDescriptions());
        servos.reset(initial, randomiser.strengthFactors());
        for (int k = 0; k < initial.length; k++) {
            previousAction[k] = torqueControl ? 0.0 : actionSpec.toAction(k, initial[k]);
            targets[k] = initial[k];
        }
        if (gate != null) {
            gate.reset(initial);
        }
        truth.reset(ode);
        sensors.reset(randomiser.sensorNoise(), rng.split(), truth.joints(), truth.imu());
        steps = 0;
        startX = ode.root().getPosition().get0();
        startHeight = ode.root().getPosition().get2();
        builder.reset();
        Arrays.fill(contacts, 0.0);
        readBody();
        boolean finite = builder.build(sensors.joints(), sensors.imu(), contacts, body, observation);
        result.end(!finite, false, false);
    }

    /**
     * Switches joint damage on now, before control step {@link #stepCount()}, without rebuilding the
     * world, on top of the damage in effect; the next {@link #reset} undoes it. Terms as in
     * {@link DamageEffects}: {@code lock} holds the joint at its angle now, {@code weak} and {@code limp}
     * scale or cut its torque from the next step, {@code sensor-stuck} makes the encoder repeat the angle
     * now (readings already in the latency line still arrive). Before the first step the episode's start
     * is redone with the damaged joints (a locked joint at its initial angle; the observation {@code reset}
     * returned is rebuilt in place), so the episode is bit-identical to one on an env built with the
     * damage. IllegalArgumentException for a body term ({@code shin-scale}, {@code remove-shin}: they
     * change links, see {@link DamageEffects#requireSwitchable}) or an unknown joint.
     */
    public void injure(Morphology damage) {
        RobotDescription next = DamageEffects.applyDuringEpisode(damage, damaged);
        List<Joint> before = damaged.jointDescriptions();
        List<Joint> after = next.jointDescriptions();
        double[] home = robot.initialPositionsRad();
        for (int k = 0; k < after.size(); k++) {
            if (after.get(k).locked() && !before.get(k).locked()) {
                ode.lockAt(k, steps == 0 ? home[k] : ode.jointAngleRad(k));
            }
            if (after.get(k).sensorStuck() && !before.get(k).sensorStuck()) {
                sensors.stick(k, truth.joints());
            }
        }
        servos.configure(after);
        damaged = next;
        List<DamageTerm> terms = new ArrayList<>(injury.terms());
        terms.addAll(damage.terms());
        injury = new Morphology(injury.isIntact() ? damage.name() : injury.name() + Morphology.SEPARATOR
                + damage.name(), terms);
        if (steps == 0) {
            start(episodeSeed);
        }
    }

    /**
     * Advances one control step.
     *
     * @param action one value in [-1, 1] per joint in action order (Not modified); values outside are
     *               clamped, non-finite values hold the previous target (or torque)
     * @return the reused result
     */
    public StepResult step(double[] action) {
        if (action.length != targets.length) {
            throw new IllegalArgumentException("expected " + targets.length + " actions (one per joint of "
                    + robot.name() + "), got " + action.length);
        }
        double rate = 0;
        for (int k = 0; k < action.length; k++) {
            double a = action[k];
            a = Double.isFinite(a) ? Math.max(-1.0, Math.min(1.0, a)) : previousAction[k];
            rate += Math.abs(a - previousAction[k]);
            clampedAction[k] = a;
            previousAction[k] = a;
        }
        if (!torqueControl) {
            if (gate != null) {
                // the node's own gate: each target moves at most the limit from the last one that passed
                actionSpec.toTargets(clampedAction, requested);
                gate.apply(requested, targets);
            } else {
                actionSpec.toTargets(clampedAction, targets);
            }
            servos.command(targets);
        }
        double x0 = ode.root().getPosition().get0();
        ode.ground().clear();
        double h = settings.physicsStepSeconds();
        Arrays.fill(jointWork, 0.0);
        for (int s = 0; s < settings.substeps(); s++) {
            if (torqueControl) {
                servos.driveTorque(ode, clampedAction);
            } else {
                servos.drive(ode);
            }
            ode.step(h);
            for (int k = 0; k < jointWork.length; k++) {
                jointWork[k] += ode.lastStepJointWorkJ(k);
            }
        }
        // positive and negative work within one control period cancel, as in a servo's supply current
        // sampled at the control rate; this also cancels quickStep's torque chatter at constant speed
        double energy = 0;
        for (double w : jointWork) {
            energy += Math.abs(w);
        }
        steps++;
        boolean finite = ode.isFinite();
        truth.read(ode, settings.controlPeriodSeconds(), Math.round(steps * settings.controlPeriodSeconds() * 1e9));
        sensors.sample(truth.joints(), truth.imu());
        for (int leg = 0; leg < contacts.length; leg++) {
            contacts[leg] = ode.ground().footContact(leg) ? 1.0 : 0.0;
        }
        readBody();
        finite &= builder.build(sensors.joints(), sensors.imu(), contacts, body, observation);
        double x = ode.root().getPosition().get0();
        double z = ode.root().getPosition().get2();
        result.set(RewardTerm.PROGRESS, finite ? x - x0 : 0.0);
        result.set(RewardTerm.ACTION_RATE, rate / action.length);
        result.set(RewardTerm.JOINTS_AT_LIMIT, jointsAtLimit());
        result.set(RewardTerm.UPRIGHT, truth.upZ());
        result.set(RewardTerm.ENERGY, finite ? energy : 0.0);
        boolean low = Double.isNaN(fallenHeightM) ? z < FALLEN_HEIGHT_FRACTION * startHeight : z <= fallenHeightM;
        boolean fallen = !finite || truth.upZ() < 0 || low;
        int slot = steps % NO_PROGRESS_STEPS;
        boolean stalled = steps > NO_PROGRESS_GRACE_STEPS && !(x - recentX[slot] >= NO_PROGRESS_M);
        recentX[slot] = x;
        result.end(!finite || (settings.earlyStop() && (fallen || stalled)), steps >= settings.episodeSteps(), fallen);
        return result;
    }

    private void readBody() {
        body.heightM = ode.root().getPosition().get2();
        org.ode4j.math.DVector3C v = ode.root().getLinearVel();
        body.velocityMps[0] = v.get0();
        body.velocityMps[1] = v.get1();
        body.velocityMps[2] = v.get2();
    }

    private int jointsAtLimit() {
        int count = 0;
        JointStateSample j = truth.joints();
        for (int k = 0; k < range.length; k++) {
            double u = (j.positionRad[k] - lower[k]) / range[k];
            if (u < AT_LIMIT_FRACTION || u > 1 - AT_LIMIT_FRACTION) {
                count++;
            }
        }
        return count;
    }

    /** Torso displacement along +x since {@link #reset}, metres. */
    public double distanceM() {
        return ode.root().getPosition().get0() - startX;
    }

    /** Control steps since {@link #reset}. */
    public int stepCount() {
        return steps;
    }

    /** The (damaged) robot being simulated, as built (without what {@link #injure} switched on). */
    public RobotDescription robot() {
        return robot;
    }

    /** The damage the env was built with. */
    public Morphology morphology() {
        return morphology;
    }

    /** The damage {@link #injure} switched on in this episode ({@code intact} if none). */
    public Morphology injury() {
        return injury;
    }

    public SimSettings settings() {
        return settings;
    }

    public ObservationSpec observationSpec() {
        return builder.spec();
    }

    public ActionSpec actionSpec() {
        return actionSpec;
    }

    /** The joint-state reading the controller last saw, after sensor noise and latency (do not modify). */
    public JointStateSample latestJointState() {
        return sensors.joints();
    }

    /** The IMU reading the controller last saw, after sensor noise and latency (do not modify). */
    public ImuSample latestImu() {
        return sensors.imu();
    }

    /**
     * The foot contacts the controller last saw, whether or not the spec reads them: per leg in the robot's
     * {@link RobotDescription#legNames()} order, 1 if its foot link touched the ground during the last control
     * step, else 0 (all 0 after {@link #reset}).
     *
     * @param out receives one value per leg (Modified)
     */
    public void footContacts(double[] out) {
        if (out.length != contacts.length) {
            throw new IllegalArgumentException("expected room for " + contacts.length + " foot contacts (legs "
                    + robot.legNames() + "), got " + out.length);
        }
        System.arraycopy(contacts, 0, out, 0, contacts.length);
    }

    /** Exact joint state, no sensor model (do not modify). */
    public JointStateSample trueJointState() {
        return truth.joints();
    }

    /** Exact IMU reading, no sensor model (do not modify). */
    public ImuSample trueImu() {
        return truth.imu();
    }

    /** Position targets commanded this step, radians (copied into {@code out}, Modified); the initial pose under torque control. */
    public void targetsRad(double[] out) {
        System.arraycopy(targets, 0, out, 0, targets.length);
    }

    /** Physics access for replay and recording: link poses, contacts, penetration. */
    public OdeRobot physics() {
        return ode;
    }

    /** Legs whose foot touched the ground during the last step. */
    public int feetOnGround() {
        int n = 0;
        for (int leg = 0; leg < legCount(); leg++) {
            n += footOnGround(leg) ? 1 : 0;
        }
        return n;
    }

    /** Number of legs, in the robot description's leg order. */
    public int legCount() {
        return ode.ground().legCount();
    }

    /** Whether leg {@code leg}'s foot touched the ground during the last step. */
    public boolean footOnGround(int leg) {
        return ode.ground().footContact(leg);
    }

    /** Torso centre-of-mass height, metres. */
    public double torsoHeightM() {
        return ode.root().getPosition().get2();
    }

    /** Angle between the torso's up axis and the world's, radians. */
    public double torsoTiltRad() {
        return Math.acos(Math.max(-1.0, Math.min(1.0, truth.upZ())));
    }

    @Override
    public void close() {
        ode.close();
    }
}
