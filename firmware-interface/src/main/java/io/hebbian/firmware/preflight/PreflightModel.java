package io.hebbian.firmware.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.controller.spec.JointLimits;
import java.util.List;

/**
 * What the pre-flight check needs from a trained model.
 *
 * @param joints               the model's action joints in command order, with their limits
 * @param controlPeriodSeconds the control period the model was trained with, s; NaN if the model has none
 */
public record PreflightModel(List<JointLimits> joints, double controlPeriodSeconds) {

    public PreflightModel {
        joints = List.copyOf(joints);
        if (!(Double.isNaN(controlPeriodSeconds) || controlPeriodSeconds > 0)) {
            throw new IllegalArgumentException("control period must be > 0 s (or NaN), got " + controlPeriodSeconds);
        }
    }

    /**
     * The action joints and {@code physics.controlPeriodSeconds} of a model that may run on a robot.
     *
     * @param label the model's name in messages, e.g. its file
     * @throws FormatException if the model has no action spec or is simulation-only ({@link RobotDeployment}:
     *                         privileged inputs or torque control)
     */
    public static PreflightModel of(PolicyModel model, String label) throws FormatException {
        RobotDeployment.require(model, label);
        JsonNode p = model.physics().get("controlPeriodSeconds");
        double period = p != null && p.isNumber() && p.doubleValue() > 0 ? p.doubleValue() : Double.NaN;
        return new PreflightModel(model.requireAction().joints(), period);
    }

    public List<String> jointNames() {
        return joints.stream().map(JointLimits::name).toList();
    }
}
