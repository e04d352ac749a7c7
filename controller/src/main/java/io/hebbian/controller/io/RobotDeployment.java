package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a model may run on a robot: the one check every robot-side node (policy node, servo bridge pre-flight,
 * mock robot) makes at start. A model is simulation-only when its observation reads privileged simulator state
 * (the paper observation's body height and velocity) or when it was trained with torque control, since robot
 * nodes command joint positions. Simulation commands ({@code evaluate}, {@code sim-run}, {@code replay}) run such
 * models directly.
 */
public final class RobotDeployment {

    /** Key of the control mode in a model's {@code physics} section ({@code position} when absent). */
    public static final String CONTROL_KEY = "control";
    /** The only control mode robot nodes drive. */
    public static final String POSITION_CONTROL = "position";
    /** Key in {@code physics} of the rate limit on position targets a model was trained with, radians per step. */
    public static final String MAX_TARGET_STEP_KEY = "maxTargetStepRad";

    private RobotDeployment() {
    }

    /** Why {@code model} cannot run on a robot, in one sentence; empty if it can. */
    public static Optional<String> refusal(PolicyModel model) {
        List<String> reasons = new ArrayList<>();
        model.observation().filter(o -> o.isPrivileged()).ifPresent(o -> reasons.add("it reads privileged simulator "
                + "state " + o.privilegedChannels() + " that a robot cannot measure (trained with --observation paper)"));
        JsonNode control = model.physics().get(CONTROL_KEY);
        if (control != null && !POSITION_CONTROL.equals(control.asText())) {
            reasons.add("it was trained with " + control.asText() + " control (physics.control), but robot nodes "
                    + "command joint positions");
        }
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of("refused on a robot: " + String.join("; and ", reasons)
                        + "; run it in simulation (sim-run, evaluate, replay)");
    }

    /**
     * Fails if {@code model} cannot run on a robot.
     *
     * @param label the model's name in the message, e.g. its file
     * @throws FormatException one line naming the privileged channels or the control mode
     */
    public static void require(PolicyModel model, String label) throws FormatException {
        Optional<String> why = refusal(model);
        if (why.isPresent()) {
            throw new FormatException(label + ": " + why.get());
        }
    }

    /**
     * What the safety gate's rate limit ({@code max_step_rad}) does to this model's gait, if it is not the limit the
     * model was trained with ({@code physics.maxTargetStepRad}, written by {@code evolve --max-step-rad}; absent: none).
     *
     * @param gate the gate's {@code max_step_rad}, radians; 0 for none
     */
    public static Optional<String> gateNote(PolicyModel model, double gate) {
        JsonNode t = model.physics().get(MAX_TARGET_STEP_KEY);
        double trained = t != null && t.isNumber() && t.doubleValue() > 0 ? t.doubleValue() : 0;
        if (trained == 0 && gate > 0) {
            return Optional.of(String.format(Locale.ROOT, "policy node: warning: max_step_rad %s rad per step is "
                    + "tighter than the model was trained with (no limit): the gate will slow fast target changes, so "
                    + "the gait is not the evaluated one (train with 'evolve --max-step-rad %s' to match)", gate, gate));
        }
        if (trained > 0 && gate != trained) {
            return Optional.of(String.format(Locale.ROOT, "policy node: warning: max_step_rad %s differs from the "
                    + "%s rad per step the model was trained with: the gait is not the evaluated one (set "
                    + "max_step_rad:=%s to match)", gate > 0 ? gate + " rad" : "0 (no limit)", trained, trained));
        }
        return Optional.empty();
    }
}
