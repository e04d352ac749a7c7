package io.hebbian.controller.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.GruNetwork;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.StaticNetwork;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.ObservationSpec;
import java.util.Optional;

/**
 * Everything a coefficients file holds: the evolved parameters, how the network runs, and — where
 * present — the observation and action specs, the robot, the physics settings and the training
 * provenance. Sections other than the parameters are optional so that {@code trace} can run a bare
 * file; deployment and evaluation require them through {@link #requireObservation()} and friends.
 *
 * @param physics  free-form physics settings written by the simulator (copied; empty object if absent)
 * @param training free-form training provenance (copied; empty object if absent)
 */
public record PolicyModel(PolicyParameters parameters, NetworkSettings network,
                          Optional<ObservationSpec> observation, Optional<ActionSpec> action,
                          Optional<String> robot, ObjectNode physics, ObjectNode training) {

    public PolicyModel {
        physics = physics == null ? JsonNodeFactory.instance.objectNode() : physics.deepCopy();
        training = training == null ? JsonNodeFactory.instance.objectNode() : training.deepCopy();
        observation.ifPresent(o -> {
            if (o.size() != parameters.shape().inputSize()) {
                throw new IllegalArgumentException("observation spec has " + o.size()
                        + " channels but the network takes " + parameters.shape().inputSize() + " inputs");
            }
        });
        action.ifPresent(a -> {
            if (a.size() != parameters.shape().outputSize()) {
                throw new IllegalArgumentException("action spec has " + a.size()
                        + " joints but the network has " + parameters.shape().outputSize() + " outputs");
            }
        });
    }

    /** A bare model: parameters and network settings only. */
    public static PolicyModel bare(PolicyParameters parameters, NetworkSettings network) {
        return new PolicyModel(parameters, network, Optional.empty(), Optional.empty(), Optional.empty(), null, null);
    }

    @Override
    public ObjectNode physics() {
        return physics.deepCopy();
    }

    @Override
    public ObjectNode training() {
        return training.deepCopy();
    }

    /** A fresh policy instance (one per thread or robot). */
    public Policy newPolicy() {
        if (parameters instanceof PolicyParameters.Hebbian h) {
            return new HebbianNetwork(h.coefficients(), network.init(), network.normalization(), network.schedule(),
                    network.actionFilter());
        }
        if (parameters instanceof PolicyParameters.Recurrent g) {
            return new GruNetwork(g.weights(), network.actionFilter());
        }
        return new StaticNetwork(((PolicyParameters.Static) parameters).weights(), network.actionFilter());
    }

    /** Whether the policy is plastic (freeze experiments apply); static and recurrent ones are not. */
    public boolean isHebbian() {
        return parameters instanceof PolicyParameters.Hebbian;
    }

    public ObservationSpec requireObservation() throws FormatException {
        return observation.orElseThrow(() -> new FormatException(
                "observation: missing; this use needs the model's observation spec"));
    }

    public ActionSpec requireAction() throws FormatException {
        return action.orElseThrow(() -> new FormatException(
                "action: missing; this use needs the model's action spec"));
    }

    public String requireRobot() throws FormatException {
        return robot.orElseThrow(() -> new FormatException("robot: missing; this use needs the robot name"));
    }

    /** A copy with another training section. */
    public PolicyModel withTraining(ObjectNode newTraining) {
        return new PolicyModel(parameters, network, observation, action, robot, physics, newTraining);
    }
}
