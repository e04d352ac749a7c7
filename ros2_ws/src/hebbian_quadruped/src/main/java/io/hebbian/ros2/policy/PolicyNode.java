package io.hebbian.ros2.policy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.safety.SafetyGate;
import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.controller.spec.ObservationBuilder;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The Hebbian policy as a ROS 2 node: subscribes joint states and IMU (and foot contacts, if the model
 * reads them), and on each {@link #tick} runs one network step and publishes joint position targets
 * through the {@link SafetyGate}.
 *
 * <p>Safety: nothing is published until every tracked joint, the IMU and, for a model that reads
 * them, the foot contacts are fresh (younger than the stale timeout) and finite (a foot-contacts
 * message of the wrong length or with a non-finite value is dropped, so the contacts go stale). A
 * stale or non-finite input stops commanding (the controller holds its last target, and a
 * downstream watchdog sees no command) and is reported on the diagnostics topic. Only commands the {@link SafetyGate} passes, clamps or rate-limits are
 * published: a non-finite network output publishes nothing, is reported at level ERROR
 * ({@link PolicyStatus#NON_FINITE_OUTPUT}) and the next step re-activates the network.
 *
 * <p>The first start, a hold of at least {@code stale_reset_s} and a non-finite output are
 * activations: the network draws fresh random weights from the node's generator and the gate
 * restarts from the measured positions. A shorter hold (a late sample) resumes with the learned
 * weights; only the gate restarts from the measured positions.
 *
 * <p>Header stamps (diagnostics) come from the injected ROS clock; staleness uses the monotonic one.
 *
 * <p>{@link #tick} is called by a {@link io.hebbian.ros2.run.FixedRateLoop}, by the joint-state
 * listener ({@code trigger: joint_states}) or by tests; time comes from the injected clock.
 */
public final class PolicyNode implements AutoCloseable {

    private final PolicyNodeSetup setup;
    private final Policy policy;
    private final RandomGenerator rng;
    private final LongSupplier clockNanos;
    private final LongSupplier rosTimeNanos;
    private final Consumer<String> log;
    private final InputLatch latch;
    private final SafetyGate gate;
    private final ObservationBuilder observations;
    private final JointStateSample joints;
    private final ImuSample imu = new ImuSample();
    private final double[] contacts;
    private final long[] ages = new long[4];
    private final AtomicBoolean wrongLengthLogged = new AtomicBoolean();
    private final AtomicBoolean nonFiniteContactsLogged = new AtomicBoolean();
    private final double[] observation;
    private final double[] action;
    private final double[] targetsModelOrder;
    private final double[] targets;
    private final double[] safe;
    private final double[] measured;
    private final double[] norms;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    private final Transport transport;
    private CommandOutput output;
    private TopicPublisher<Diagnostics> diagnostics;
    private StepListener stepListener = (s, a, b) -> { };
    private ObservationListener observationListener = (s, o) -> { };
    private PolicyStatus status = PolicyStatus.WAITING;
    private String reason = "waiting for inputs";
    private long steps;
    private long ticks;
    private long activations;
    private long commands;
    private long lastComputeNanos;
    private long holdSinceNanos;
    private boolean reactivate = true;
    private long resumes;
    private long nonFiniteOutputs;
    private GateOutcome lastGate = GateOutcome.PASSED;

    /**
     * @param model      the coefficients file's content; must carry observation and action specs
     * @param config     the node's parameters
     * @param transport  where topics live
     * @param rng        draws the initial weights of every activation
     * @param clockNanos   monotonic clock for input ages, nanoseconds (e.g. {@code System::nanoTime})
     * @param rosTimeNanos ROS time for header stamps, nanoseconds since the epoch (wall clock, or the
     *                     simulated time of {@code /clock})
     * @param log          receives one-line events (activation, hold, warnings)
     * @throws FormatException if the model lacks specs or does not match the configured joints
     */
    public PolicyNode(PolicyModel model, PolicyNodeConfig config, Transport transport, RandomGenerator rng,
                      LongSupplier clockNanos, LongSupplier rosTimeNanos, Consumer<String> log)
            throws FormatException {
        this.setup = PolicyNodeSetup.of(model, config, log);
        this.transport = transport;
        this.policy = model.newPolicy();
        this.rng = rng;
        this.clockNanos = clockNanos;
        this.rosTimeNanos = rosTimeNanos;
        this.log = log;
        this.latch = new InputLatch(setup.sampleOrder(), setup.contactOrder().size());
        this.joints = new JointStateSample(setup.sampleOrder().size());
        this.contacts = new double[setup.contactOrder().size()];
        this.observations = new ObservationBuilder(setup.observationSpec(), setup.sampleOrder(), setup.contactOrder());
        this.gate = new SafetyGate(setup.commandLimits(),
                config.maxStepRad() > 0 ? config.maxStepRad() : Double.POSITIVE_INFINITY);
        int n = setup.commandOrder().size();
        observation = new double[policy.inputSize()];
        action = new double[policy.outputSize()];
        targetsModelOrder = new double[n];
        targets = new double[n];
        safe = new double[n];
        measured = new double[n];
        norms = new double[policy.weightMatrices().size()];
    }

    /** Creates publishers and subscriptions; inputs start arriving after this. */
    public void start() {
        PolicyNodeConfig c = setup.config();
        output = new CommandOutput(transport, c.commandFormat(), c.commandTopic(), setup.commandOrder(),
                setup.periodNanos());
        diagnostics = transport.publisher(MessageType.DIAGNOSTICS, c.diagnosticsTopic(),
                io.hebbian.ros2.transport.Qos.RELIABLE);
        subscriptions.add(transport.subscribe(MessageType.IMU, c.imuTopic(), c.inputQos(),
                s -> latch.acceptImu(s, clockNanos.getAsLong())));
        if (setup.readsContacts()) {
            subscriptions.add(transport.subscribe(MessageType.FLOAT64_ARRAY, c.footContactsTopic(), c.inputQos(),
                    this::acceptContacts));
        }
        subscriptions.add(transport.subscribe(MessageType.JOINT_STATE, c.jointStatesTopic(), c.inputQos(), m -> {
            latch.acceptJointState(m, clockNanos.getAsLong());
            if (c.trigger() == PolicyNodeConfig.Trigger.JOINT_STATES) {
                tick();
            }
        }));
        log.accept("policy node: " + setup.describe());
    }

    /** Latches a foot-contacts message; the first one of each kind that is dropped is logged. */
    private void acceptContacts(double[] values) {
        InputLatch.ContactsOutcome outcome = latch.acceptContacts(values, clockNanos.getAsLong());
        String topic = setup.config().footContactsTopic();
        if (outcome == InputLatch.ContactsOutcome.WRONG_LENGTH && wrongLengthLogged.compareAndSet(false, true)) {
            log.accept("policy node: warning: " + topic + " message with " + values.length
                    + " values dropped, expected " + contacts.length + " (one per leg of contact_legs "
                    + setup.contactOrder() + "); further ones are counted in diagnostics (foot_contacts_wrong_length)");
        } else if (outcome == InputLatch.ContactsOutcome.NON_FINITE
                && nonFiniteContactsLogged.compareAndSet(false, true)) {
            log.accept("policy node: warning: " + topic + " message " + java.util.Arrays.toString(values)
                    + " dropped: not finite; further ones are counted in diagnostics (foot_contacts_non_finite)");
        }
    }

    /** Receives each published command's timing. */
    public void setStepListener(StepListener listener) {
        this.stepListener = listener;
    }

    /** Receives each network input, before the network step. */
    public void setObservationListener(ObservationListener listener) {
        this.observationListener = listener;
    }

    /** Runs one control step at the clock's current time; returns the status after the step. */
    public synchronized PolicyStatus tick() {
        long start = clockNanos.getAsLong();
        ticks++;
        latch.snapshot(start, joints, imu, contacts, ages);
        long stale = setup.config().staleTimeoutNanos();
        if (ages[0] > stale || ages[1] > stale || ages[3] > stale) {
            hold(start, PolicyStatus.HOLDING_STALE, staleReason(stale));
        } else if (!observations.build(joints, imu, contacts, observation)) {
            hold(start, PolicyStatus.HOLDING_NON_FINITE,
                    "non-finite " + (joints.isFinite() ? "IMU reading" : "joint state"));
        } else {
            if (status != PolicyStatus.RUNNING) {
                if (reactivate || start - holdSinceNanos >= setup.config().staleResetNanos()) {
                    activate();
                } else {
                    resume(start);
                }
            }
            step(start);
        }
        if (ticks % setup.config().diagnosticsEverySteps() == 0) {
            publishDiagnostics();
        }
        return status;
    }

    private void hold(long now, PolicyStatus next, String why) {
        if (status == PolicyStatus.RUNNING) {
            holdSinceNanos = now;
        }
        enter(next, why);
    }

    /** Back after a hold shorter than {@code stale_reset_s}: the learned weights stay. */
    private void resume(long now) {
        setup.toCommandOrder(joints.positionRad, measured);
        gate.reset(measured);
        resumes++;
        enter(PolicyStatus.RUNNING, String.format(java.util.Locale.ROOT,
                "running (activation %d, resumed after a %.3f s hold, weights kept)", activations,
                (now - holdSinceNanos) / 1e9));
    }

    private void activate() {
        observations.reset();   // "straight ahead" is where the robot faces now
        observations.build(joints, imu, contacts, observation);
        policy.reset(rng);
        if (policy instanceof HebbianNetwork h) {
            h.setPlastic(setup.config().plastic());
        }
        setup.toCommandOrder(joints.positionRad, measured);
        gate.reset(measured);
        steps = 0;
        activations++;
        reactivate = false;
        enter(PolicyStatus.RUNNING, "running (activation " + activations + ")");
    }

    private void step(long start) {
        observationListener.onObservation(steps + 1, observation);
        policy.act(observation, action);
        steps++;
        long freeze = setup.config().freezeAfterSteps();
        if (freeze > 0 && steps == freeze && policy instanceof HebbianNetwork h) {
            h.setPlastic(false);
            log.accept("policy node: plasticity frozen after " + steps + " steps");
        }
        setup.actionSpec().toTargets(action, targetsModelOrder);
        setup.modelToCommandOrder(targetsModelOrder, targets);
        lastGate = gate.apply(targets, safe);
        if (!lastGate.isFreshCommand()) {
            nonFiniteOutputs++;
            reactivate = true;
            enter(PolicyStatus.NON_FINITE_OUTPUT, "network output not finite at step " + steps + " of activation "
                    + activations + ": nothing commanded; the next step re-activates with fresh weights");
            return;
        }
        output.publish(safe);
        commands++;
        long end = clockNanos.getAsLong();
        lastComputeNanos = end - start;
        stepListener.onCommand(steps, end - ages[2], lastComputeNanos);
    }

    private String staleReason(long staleNanos) {
        PolicyNodeConfig c = setup.config();
        StringBuilder b = new StringBuilder();
        if (ages[0] > staleNanos) {
            List<String> missing = latch.missingJoints();
            b.append(c.jointStatesTopic()).append(missing.isEmpty()
                    ? " stale (" + seconds(ages[0]) + " s)" : " never sent joints " + missing);
        }
        if (ages[1] > staleNanos) {
            b.append(b.length() > 0 ? ", " : "").append(c.imuTopic())
                    .append(ages[1] == InputLatch.NEVER ? " never received" : " stale (" + seconds(ages[1]) + " s)");
        }
        if (ages[3] > staleNanos) {
            String drop = latch.lastContactsDrop();
            b.append(b.length() > 0 ? ", " : "").append(c.footContactsTopic())
                    .append(ages[3] == InputLatch.NEVER ? " never received" : " stale (" + seconds(ages[3]) + " s)")
                    .append(drop.isEmpty() ? "" : " (" + drop + ")");
        }
        return b.toString();
    }

    private void enter(PolicyStatus next, String why) {
        boolean changed = next != status;
        status = next;
        reason = why;
        if (changed) {
            log.accept("policy node: " + next + ": " + why);
            publishDiagnostics();
        }
    }

    private void publishDiagnostics() {
        if (diagnostics != null) {
            policy.weightNorms(norms);
            diagnostics.publish(PolicyDiagnostics.build(this, rosTimeNanos.getAsLong()));
        }
    }

    /** Status reported to diagnostics. */
    public synchronized PolicyStatus status() {
        return status;
    }

    synchronized String reason() {
        return reason;
    }

    /** Steps since the current activation. */
    public synchronized long steps() {
        return steps;
    }

    public synchronized long activations() {
        return activations;
    }

    /** Commands the safety gate's rate limit changed (some target moved more than {@code max_step_rad}). */
    public synchronized long rateLimitedCommands() {
        return gate.rateLimitedCount();
    }

    /** Commands published since start. */
    public synchronized long commands() {
        return commands;
    }

    /** Holds that ended within {@code stale_reset_s}, resumed with the learned weights. */
    public synchronized long resumes() {
        return resumes;
    }

    /** Steps whose network output was not finite (nothing was commanded). */
    public synchronized long nonFiniteOutputs() {
        return nonFiniteOutputs;
    }

    /** The control period, nanoseconds. */
    public long periodNanos() {
        return setup.periodNanos();
    }

    PolicyNodeSetup setup() {
        return setup;
    }

    long[] ages() {
        return ages;
    }

    double[] norms() {
        return norms;
    }

    /** The foot contacts of the last tick, one 0/1 per leg of the contact order (do not modify). */
    double[] contacts() {
        return contacts;
    }

    InputLatch latch() {
        return latch;
    }

    long lastComputeNanos() {
        return lastComputeNanos;
    }

    GateOutcome lastGate() {
        return lastGate;
    }

    SafetyGate gate() {
        return gate;
    }

    boolean plastic() {
        return policy instanceof HebbianNetwork h && h.isPlastic();
    }

    static String seconds(long nanos) {
        return nanos == InputLatch.NEVER ? "inf" : String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    @Override
    public void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                log.accept("policy node: closing a subscription failed: " + e.getMessage());
            }
        }
        subscriptions.clear();
    }
}
