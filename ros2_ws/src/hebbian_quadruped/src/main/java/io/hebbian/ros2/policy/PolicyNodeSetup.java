package io.hebbian.ros2.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The policy node's checked configuration: model specs against parameters, joint orders and the
 * control period. Built once; all checks happen here so that a bad file or parameter fails at start,
 * a simulation-only model (privileged inputs, torque control: {@link RobotDeployment}) first.
 *
 * @param config           the parameters
 * @param observationSpec  the model's observation spec
 * @param actionSpec       the model's action spec (model joint order)
 * @param commandOrder     joint order of published commands
 * @param sampleOrder      joint order of the latched joint state: command joints, then joints only observed
 * @param commandLimits    limits in command order
 * @param modelToCommand   {@code modelToCommand[k]} = command index of the model's joint {@code k}
 * @param contactOrder     leg order of a foot-contacts message; empty if the model reads no foot contacts
 * @param periodNanos      control period, nanoseconds
 */
record PolicyNodeSetup(PolicyNodeConfig config, ObservationSpec observationSpec, ActionSpec actionSpec,
                       List<String> commandOrder, List<String> sampleOrder, List<JointLimits> commandLimits,
                       int[] modelToCommand, List<String> contactOrder, long periodNanos) {

    /** Rate mismatch (relative) above which a warning is logged. */
    private static final double RATE_TOLERANCE = 0.01;

    static PolicyNodeSetup of(PolicyModel model, PolicyNodeConfig config, Consumer<String> log)
            throws FormatException {
        RobotDeployment.require(model, config.model().toString());
        ObservationSpec obs = model.requireObservation();
        ActionSpec act = model.requireAction();
        if (!config.robot().isBlank() && model.robot().isPresent() && !model.robot().get().equals(config.robot())) {
            throw new FormatException(config.model() + ": model was trained for robot '" + model.robot().get()
                    + "' but parameter 'robot' is '" + config.robot() + "'");
        }
        List<String> modelJoints = act.jointNames();
        List<String> order = config.jointOrder().isEmpty() ? modelJoints : config.jointOrder();
        checkSameJoints(order, modelJoints, config);
        int[] modelToCommand = new int[modelJoints.size()];
        List<JointLimits> limits = new ArrayList<>();
        for (String name : order) {
            limits.add(act.joints().get(modelJoints.indexOf(name)));
        }
        for (int k = 0; k < modelJoints.size(); k++) {
            modelToCommand[k] = order.indexOf(modelJoints.get(k));
        }
        List<String> sample = new ArrayList<>(order);
        for (String j : obs.jointNames()) {
            if (!sample.contains(j)) {
                sample.add(j);
            }
        }
        List<String> contacts = contactOrder(obs.contactLegs(), config);
        long period = period(model, config, log);
        RobotDeployment.gateNote(model, config.maxStepRad()).ifPresent(log);
        return new PolicyNodeSetup(config, obs, act, List.copyOf(order), List.copyOf(sample), List.copyOf(limits),
                modelToCommand, contacts, period);
    }

    /**
     * Parameter {@code contact_legs}, else the model's contact legs: every leg the model reads, each once; legs
     * the model does not read are allowed (their values are ignored). Set for a model without contact channels,
     * it is an error: nothing would read it.
     */
    private static List<String> contactOrder(List<String> modelLegs, PolicyNodeConfig c) throws FormatException {
        List<String> given = c.contactLegs();
        if (given.isEmpty()) {
            return List.copyOf(modelLegs);
        }
        if (modelLegs.isEmpty()) {
            throw new FormatException("parameter 'contact_legs' " + given + " is set, but " + c.model()
                    + " reads no foot contacts (it was not trained with --foot-contacts): remove the parameter");
        }
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (String leg : given) {
            if (!seen.add(leg)) {
                dup.add(leg);
            }
        }
        List<String> missing = new ArrayList<>(modelLegs);
        missing.removeAll(given);
        if (!dup.isEmpty() || !missing.isEmpty()) {
            throw new FormatException("parameter 'contact_legs' " + given + " does not fit the foot contacts "
                    + c.model() + " reads " + modelLegs + ": missing " + missing + ", repeated " + dup);
        }
        return List.copyOf(given);
    }

    /** Whether the model reads foot contacts (then the node subscribes them and waits for them). */
    boolean readsContacts() {
        return !contactOrder.isEmpty();
    }

    private static void checkSameJoints(List<String> order, List<String> modelJoints, PolicyNodeConfig c)
            throws FormatException {
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (String j : order) {
            if (!seen.add(j)) {
                dup.add(j);
            }
        }
        List<String> missing = new ArrayList<>(modelJoints);
        missing.removeAll(order);
        List<String> unknown = new ArrayList<>(order);
        unknown.removeAll(modelJoints);
        if (!dup.isEmpty() || !missing.isEmpty() || !unknown.isEmpty()) {
            throw new FormatException("parameter 'joint_order' " + order + " does not match the joints of "
                    + c.model() + " " + modelJoints + ": missing " + missing + ", unknown " + unknown
                    + ", repeated " + dup);
        }
    }

    /** The parameter's rate, else the model's {@code physics.controlPeriodSeconds}. */
    private static long period(PolicyModel model, PolicyNodeConfig config, Consumer<String> log)
            throws FormatException {
        JsonNode p = model.physics().get("controlPeriodSeconds");
        double modelPeriod = p != null && p.isNumber() && p.doubleValue() > 0 ? p.doubleValue() : Double.NaN;
        double seconds;
        if (config.rateHz() > 0) {
            seconds = 1.0 / config.rateHz();
            if (Double.isFinite(modelPeriod) && Math.abs(seconds - modelPeriod) > RATE_TOLERANCE * modelPeriod) {
                log.accept(String.format(Locale.ROOT, "policy node: warning: rate_hz %.3f differs from the model's "
                        + "control rate %.3f Hz; Hebbian adaptation depends on it", config.rateHz(), 1 / modelPeriod));
            }
        } else if (Double.isFinite(modelPeriod)) {
            seconds = modelPeriod;
        } else {
            throw new FormatException(config.model() + ": no physics.controlPeriodSeconds in the model; "
                    + "set parameter 'rate_hz'");
        }
        return Math.round(seconds * 1e9);
    }

    /** Reorders model-order values into command order. */
    void modelToCommandOrder(double[] modelOrder, double[] commandOrderOut) {
        for (int k = 0; k < modelOrder.length; k++) {
            commandOrderOut[modelToCommand[k]] = modelOrder[k];
        }
    }

    /** The first {@code commandOrder.size()} entries of a sample-order array (they are the command joints). */
    void toCommandOrder(double[] sampleOrderValues, double[] commandOrderOut) {
        System.arraycopy(sampleOrderValues, 0, commandOrderOut, 0, commandOrderOut.length);
    }

    String describe() {
        String contacts = readsContacts()
                ? String.format(Locale.ROOT, ", foot contacts %s on %s", contactOrder, config.footContactsTopic()) : "";
        return String.format(Locale.ROOT, "%d joints %s, %d inputs%s, %.2f Hz (%s), commands on %s (%s), stale after %.3f s",
                commandOrder.size(), commandOrder, observationSpec.size(), contacts, 1e9 / periodNanos,
                config.trigger().name().toLowerCase(Locale.ROOT), config.commandTopic(),
                config.commandFormat().name().toLowerCase(Locale.ROOT), config.staleTimeoutSeconds());
    }
}
