package io.hebbian.evolution.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFormatException;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.damage.Morphology;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What is being evolved and on what: the robot, the training morphologies, the physics, the policy
 * kind, rule and layers, and the fitness. Serialisable to JSON so that a checkpoint or a cluster
 * member can rebuild it exactly.
 *
 * @param robot        built-in robot name or URDF path
 * @param morphologies training morphologies; fitness is the mean over them; {@value DamageSampler#TOKEN}
 *                     draws a fresh damage per episode (see {@link DamageSampler})
 * @param heldOut      morphologies the damage curriculum never draws
 * @param hidden       hidden layer sizes (the paper: 128, 64)
 * @param withAccel    the observation includes the accelerometer
 * @param withHeading  the observation includes the heading (sin, cos of the turn since the start)
 * @param fitness      the fitness terms
 */
public record TrainingProblem(String robot, List<String> morphologies, List<String> heldOut, SimSettings sim,
                              PolicyKind kind, PlasticityRule rule, int[] hidden, NetworkSettings network,
                              boolean withAccel, boolean withHeading, FitnessWeights fitness) {

    public TrainingProblem {
        morphologies = List.copyOf(morphologies);
        if (morphologies.isEmpty()) {
            throw new IllegalArgumentException("need at least one training morphology");
        }
        for (String m : morphologies) {
            if (!m.equals(DamageSampler.TOKEN)) {
                Morphology.parse(m);
            }
        }
        heldOut = List.copyOf(heldOut);
        heldOut.stream().filter(h -> !h.startsWith(DamageSampler.LEG_PREFIX)).forEach(Morphology::parse);
        hidden = hidden.clone();
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * Loads the robot description (built-in or URDF) and checks that every training morphology
     * applies to it (e.g. names one of its legs).
     */
    public RobotDescription loadRobot() throws IOException {
        RobotDescription r = Robots.load(robot);
        for (String m : morphologies) {
            if (m.equals(DamageSampler.TOKEN)) {
                continue;
            }
            try {
                Morphology.parse(m).applyTo(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("morphology '" + m + "': " + e.getMessage(), e);
            }
        }
        return r;
    }

    public ObservationSpec observationSpec(RobotDescription r) {
        return ObservationSpec.standard(r.joints(), withAccel, withHeading);
    }

    public NetworkShape shape(RobotDescription r) {
        return NetworkShape.of(observationSpec(r).size(), hidden, r.joints().size());
    }

    /** Length of the evolved parameter vector. */
    public int dimension(NetworkShape shape) {
        return switch (kind) {
            case HEBBIAN -> HebbianCoefficients.parameterCount(rule, shape);
            case STATIC -> shape.totalSynapses();
            case COEVOLVE -> HebbianCoefficients.parameterCount(rule, shape) + shape.totalSynapses();
        };
    }

    /** The starting point of evolution: every parameter from N(0, std²). */
    public double[] initialParameters(NetworkShape shape, double std, RandomGenerator rng) {
        double[] p = new double[dimension(shape)];
        for (int k = 0; k < p.length; k++) {
            p[k] = rng.nextGaussian() * std;
        }
        return p;
    }

    /** The policy parameters and network settings a vector stands for. */
    public PolicyModel decode(NetworkShape shape, double[] params) {
        if (params.length != dimension(shape)) {
            throw new IllegalArgumentException("expected " + dimension(shape) + " parameters, got " + params.length);
        }
        return switch (kind) {
            case HEBBIAN -> PolicyModel.bare(new PolicyParameters.Hebbian(
                    HebbianCoefficients.fromParameters(rule, shape, params)), network);
            case STATIC -> PolicyModel.bare(new PolicyParameters.Static(NetworkWeights.unflatten(shape, params)), network);
            case COEVOLVE -> {
                int n = HebbianCoefficients.parameterCount(rule, shape);
                NetworkWeights w0 = NetworkWeights.unflatten(shape, Arrays.copyOfRange(params, n, params.length));
                yield PolicyModel.bare(new PolicyParameters.Hebbian(
                        HebbianCoefficients.fromParameters(rule, shape, Arrays.copyOf(params, n))),
                        new NetworkSettings(new WeightInit.Fixed(w0), network.normalization()));
            }
        };
    }

    /** A complete, deployable model file for a vector. */
    public PolicyModel toModel(RobotDescription r, double[] params, ObjectNode training) {
        PolicyModel bare = decode(shape(r), params);
        ObservationSpec obs = observationSpec(r);
        ActionSpec act = r.actionSpec();
        return new PolicyModel(bare.parameters(), bare.network(), Optional.of(obs), Optional.of(act),
                Optional.of(robot), sim.toJson(), training);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("robot", robot);
        ArrayNode m = o.putArray("morphologies");
        morphologies.forEach(m::add);
        ArrayNode h0 = o.putArray("heldOut");
        heldOut.forEach(h0::add);
        o.set("sim", sim.toJson());
        o.put("kind", kind.id());
        o.put("rule", rule.name());
        ArrayNode h = o.putArray("hidden");
        for (int v : hidden) {
            h.add(v);
        }
        o.put("normalization", network.normalization().id());
        if (network.init() instanceof WeightInit.Normal n) {
            o.put("initSigma", n.sigma());
        } else if (network.init() instanceof WeightInit.Uniform u) {
            o.put("initHalfWidth", u.halfWidth());
        }
        o.put("withAccel", withAccel);
        o.put("withHeading", withHeading);
        o.set("fitness", fitness.toJson());
        return o;
    }

    public static TrainingProblem fromJson(JsonNode o) throws ModelFormatException {
        try {
            List<String> morph = new ArrayList<>();
            o.path("morphologies").forEach(n -> morph.add(n.asText()));
            List<String> held = new ArrayList<>();
            o.path("heldOut").forEach(n -> held.add(n.asText()));
            int[] hidden = new int[o.path("hidden").size()];
            for (int k = 0; k < hidden.length; k++) {
                hidden[k] = o.path("hidden").get(k).asInt();
            }
            WeightInit init = o.has("initSigma") ? new WeightInit.Normal(o.get("initSigma").asDouble())
                    : new WeightInit.Uniform(o.path("initHalfWidth").asDouble(0.1));
            return new TrainingProblem(o.path("robot").asText(), morph, held, SimSettings.fromJson(o.path("sim")),
                    PolicyKind.fromId(o.path("kind").asText()), PlasticityRule.fromName(o.path("rule").asText()),
                    hidden, new NetworkSettings(init, WeightNormalization.fromId(o.path("normalization").asText("none"))),
                    o.path("withAccel").asBoolean(false), o.path("withHeading").asBoolean(false), FitnessWeights.fromJson(o.path("fitness")));
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("problem: " + e.getMessage());
        }
    }
}
