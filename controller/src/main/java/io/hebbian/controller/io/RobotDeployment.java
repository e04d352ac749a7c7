package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
}
