package io.hebbian.evolution.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.ObservationSpec;
import io.hebbian.sim.damage.DamageEffects;
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
 * @param hidden       hidden layer sizes (the paper: 128, 64); a {@link PolicyKind#RECURRENT recurrent} policy has one,
 *                     its GRU units
 * @param withAccel    the observation includes the accelerometer
 * @param withHeading  the observation includes the heading (sin, cos of the turn since the start)
 * @param fitness      the fitness terms
 * @param sharing      which synapses share one rule in the evolved vector (Hebbian kinds only)
 * @param withFootContacts the observation ends with one foot contact (0/1) per leg, as foot switches report
 * @param damageOnset  when set, a {@value DamageSampler#TOKEN} episode starts intact and its joint damage
 *                     switches on at a step of this window (see {@link DamageOnsetWindow}); the fitness is
 *                     still the whole episode's
 * @param observation  the robot's own inputs (shaped by {@code withAccel}, {@code withHeading},
 *                     {@code withFootContacts}) or pybullet's {@link ObservationKind#PAPER paper} input, which already
 *                     holds the heading and the foot contacts (those three flags must then be false)
 */
public record TrainingProblem(String robot, List<String> morphologies, List<String> heldOut, SimSettings sim,
                              PolicyKind kind, PlasticityRule rule, int[] hidden, NetworkSettings network,
                              boolean withAccel, boolean withHeading, FitnessWeights fitness, RuleSharing sharing,
                              boolean withFootContacts, Optional<DamageOnsetWindow> damageOnset,
                              ObservationKind observation) {

    /** A problem with the robot observation. */
    public TrainingProblem(String robot, List<String> morphologies, List<String> heldOut, SimSettings sim,
                           PolicyKind kind, PlasticityRule rule, int[] hidden, NetworkSettings network,
                           boolean withAccel, boolean withHeading, FitnessWeights fitness, RuleSharing sharing,
                           boolean withFootContacts, Optional<DamageOnsetWindow> damageOnset) {
        this(robot, morphologies, heldOut, sim, kind, rule, hidden, network, withAccel, withHeading, fitness, sharing,
                withFootContacts, damageOnset, ObservationKind.ROBOT);
    }

    /** A problem with one rule per synapse (the paper) and no contact inputs. */
    public TrainingProblem(String robot, List<String> morphologies, List<String> heldOut, SimSettings sim,
                           PolicyKind kind, PlasticityRule rule, int[] hidden, NetworkSettings network,
                           boolean withAccel, boolean withHeading, FitnessWeights fitness) {
        this(robot, morphologies, heldOut, sim, kind, rule, hidden, network, withAccel, withHeading, fitness,
                RuleSharing.SYNAPSE, false, Optional.empty());
    }

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
        sharing.checkRule(rule);
        if ((kind == PolicyKind.STATIC || kind == PolicyKind.RECURRENT) && sharing != RuleSharing.SYNAPSE) {
            throw new IllegalArgumentException("rule sharing '" + sharing.id() + "' applies to Hebbian rules, not to "
                    + kind.id() + " weights");
        }
        if (kind == PolicyKind.RECURRENT) {
            checkRecurrent(hidden, network);
        }
        if (damageOnset.isPresent()) {
            checkOnset(damageOnset.get(), morphologies, sim);
        }
        if (observation == ObservationKind.PAPER && (withAccel || withHeading || withFootContacts)) {
            throw new IllegalArgumentException("the paper observation is pybullet's fixed input (it already holds the "
                    + "heading and the foot contacts); accelerometer, heading and foot-contact options do not apply");
        }
    }

    private static void checkRecurrent(int[] hidden, NetworkSettings network) {
        if (hidden.length != 1) {
            throw new IllegalArgumentException("a recurrent policy has one GRU layer: one hidden size, got "
                    + Arrays.toString(hidden));
        }
        if (network.normalization() != WeightNormalization.NONE) {
            throw new IllegalArgumentException("weight normalisation '" + network.normalization().id()
                    + "' applies to plastic weights; a recurrent policy's are fixed");
        }
        if (!network.schedule().isEveryStep()) {
            throw new IllegalArgumentException("a plasticity schedule applies to plastic weights; a recurrent "
                    + "policy's are fixed");
        }
    }

    private static void checkOnset(DamageOnsetWindow w, List<String> morphologies, SimSettings sim) {
        if (!morphologies.contains(DamageSampler.TOKEN)) {
            throw new IllegalArgumentException("the damage onset applies to " + DamageSampler.TOKEN + " episodes; add "
                    + DamageSampler.TOKEN + " to the training morphologies");
        }
        if (w.maxStep() >= sim.episodeSteps()) {
            throw new IllegalArgumentException("onset step " + w.maxStep() + " is beyond the " + sim.episodeSteps()
                    + "-step episode (steps 0 to " + (sim.episodeSteps() - 1) + ")");
        }
    }

    /** This problem with its {@value DamageSampler#TOKEN} joint damages switching on during the episode. */
    public TrainingProblem withDamageOnset(DamageOnsetWindow window) {
        return new TrainingProblem(robot, morphologies, heldOut, sim, kind, rule, hidden, network, withAccel,
                withHeading, fitness, sharing, withFootContacts, Optional.of(window), observation);
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
                DamageEffects.apply(Morphology.parse(m), r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("morphology '" + m + "': " + e.getMessage(), e);
            }
        }
        return r;
    }

    /** The network input on robot {@code r}; the paper's lists the feet in {@link RobotDescription#legNamesInActionOrder()}. */
    public ObservationSpec observationSpec(RobotDescription r) {
        if (observation == ObservationKind.PAPER) {
            return ObservationSpec.paper(r.joints(), r.legNamesInActionOrder());
        }
        ObservationSpec spec = ObservationSpec.standard(r.joints(), withAccel, withHeading);
        return withFootContacts ? spec.withFootContacts(r.legNames()) : spec;
    }

    public NetworkShape shape(RobotDescription r) {
        return NetworkShape.of(observationSpec(r).size(), hidden, r.joints().size());
    }

    /** Length of the evolved parameter vector. */
    public int dimension(NetworkShape shape) {
        return switch (kind) {
            case HEBBIAN -> sharing.parameterCount(rule, shape);
            case STATIC -> shape.totalSynapses();
            case COEVOLVE -> sharing.parameterCount(rule, shape) + shape.totalSynapses();
            case RECURRENT -> GruWeights.parameterCount(shape);
        };
    }

    /** The starting point of evolution: every parameter from N(0, std²), whatever the kind. */
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
                    sharing.coefficients(rule, shape, params)), network);
            case STATIC -> PolicyModel.bare(new PolicyParameters.Static(NetworkWeights.unflatten(shape, params)), network);
            case RECURRENT -> PolicyModel.bare(new PolicyParameters.Recurrent(GruWeights.unflatten(shape, params)), network);
            case COEVOLVE -> {
                int n = sharing.parameterCount(rule, shape);
                NetworkWeights w0 = NetworkWeights.unflatten(shape, Arrays.copyOfRange(params, n, params.length));
                yield PolicyModel.bare(new PolicyParameters.Hebbian(
                        sharing.coefficients(rule, shape, Arrays.copyOf(params, n))),
                        network.withInit(new WeightInit.Fixed(w0)));
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
        if (!network.schedule().isEveryStep()) {
            o.putObject("plasticity").put("interval", network.schedule().interval())
                    .put("window", network.schedule().window());
        }
        if (network.actionFilter() != NetworkSettings.NO_FILTER) {
            o.put("actionFilter", network.actionFilter());
        }
        if (network.init() instanceof WeightInit.Normal n) {
            o.put("initSigma", n.sigma());
        } else if (network.init() instanceof WeightInit.Uniform u) {
            o.put("initHalfWidth", u.halfWidth());
        }
        o.put("withAccel", withAccel);
        o.put("withHeading", withHeading);
        o.set("fitness", fitness.toJson());
        if (sharing != RuleSharing.SYNAPSE) {
            o.put("ruleSharing", sharing.id());
        }
        if (withFootContacts) {
            o.put("withFootContacts", true);
        }
        damageOnset.ifPresent(w -> o.set("damageOnset", w.toJson()));
        if (observation != ObservationKind.ROBOT) {
            o.put("observation", observation.id());
        }
        return o;
    }

    /** The keys of {@link #toJson()}. */
    static final String[] KEYS = {"robot", "morphologies", "heldOut", "sim", "kind", "rule", "hidden", "normalization",
        "initSigma", "initHalfWidth", "withAccel", "withHeading", "fitness", "initStd", "ruleSharing", "withFootContacts",
        "damageOnset", "observation", "plasticity", "actionFilter"};

    /**
     * Reads {@link #toJson()}. Every key of the first layout is required ({@code robot},
     * {@code morphologies}, {@code sim}, {@code kind}, {@code rule}, {@code hidden},
     * {@code normalization}, {@code initHalfWidth} or {@code initSigma}, {@code withAccel},
     * {@code fitness}); unknown keys are errors. Keys added later have defaults, so older
     * checkpoints and models still load: {@code heldOut} (none), {@code withHeading} (false),
     * {@code ruleSharing} ({@code synapse}, written only when not the default), {@code withFootContacts}
     * (false, written only when true), {@code damageOnset} (none: damage from step 0; {@code {minStep, maxStep}},
     * written only when set), {@code observation} ({@code robot}; {@code paper} is written), {@code plasticity}
     * ({@code {interval, window}}, written only when not every step), {@code actionFilter} (1: none, written only
     * when set), the control mode inside
     * {@code sim} ({@code position}, see {@link SimSettings#fromJson}) and
     * {@code fitness.energy} (0, see {@link FitnessWeights#fromJson}). {@code initStd}, the standard
     * deviation of the starting parameters that {@code evolve} records next to the problem, is
     * provenance: accepted (a finite number) and not needed to rebuild the problem.
     */
    public static TrainingProblem fromJson(JsonNode o) throws FormatException {
        Fields f = Fields.of(o, "problem.", KEYS);
        List<String> morph = f.texts("morphologies");
        List<String> held = f.has("heldOut") ? f.texts("heldOut") : List.of();
        int[] hidden = f.integers("hidden");
        if (f.has("initSigma") == f.has("initHalfWidth")) {
            throw new FormatException("problem.initHalfWidth: give exactly one of initHalfWidth and initSigma");
        }
        String robot = f.text("robot");
        SimSettings sim = SimSettings.fromJson(f.require("sim"));
        String kind = f.text("kind");
        String rule = f.text("rule");
        String normalization = f.text("normalization");
        double initSigma = f.number("initSigma", Double.NaN);
        double initHalfWidth = f.number("initHalfWidth", Double.NaN);
        f.number("initStd", 0);
        boolean withAccel = f.bool("withAccel");
        boolean withHeading = f.bool("withHeading", false);
        String sharing = f.has("ruleSharing") ? f.text("ruleSharing") : RuleSharing.SYNAPSE.id();
        boolean withFootContacts = f.bool("withFootContacts", false);
        String observation = f.text("observation", ObservationKind.ROBOT.id());
        FitnessWeights fitness = FitnessWeights.fromJson(f.require("fitness"), "problem.fitness.");
        Optional<Fields> onsetFields = f.optionalObject("damageOnset", "minStep", "maxStep");
        Optional<DamageOnsetWindow> onset = onsetFields.isPresent()
                ? Optional.of(DamageOnsetWindow.fromJson(onsetFields.get())) : Optional.empty();
        Optional<Fields> plasticity = f.optionalObject("plasticity", "interval", "window");
        int interval = plasticity.isPresent() ? plasticity.get().integer("interval") : 1;
        int window = plasticity.isPresent() ? plasticity.get().integer("window") : 1;
        double actionFilter = f.number("actionFilter", NetworkSettings.NO_FILTER);
        return Fields.build("problem.", () -> {
            WeightInit init = Double.isNaN(initSigma) ? new WeightInit.Uniform(initHalfWidth)
                    : new WeightInit.Normal(initSigma);
            return new TrainingProblem(robot, morph, held, sim, PolicyKind.fromId(kind), PlasticityRule.fromName(rule),
                    hidden, new NetworkSettings(init, WeightNormalization.fromId(normalization),
                            new PlasticitySchedule(interval, window), actionFilter), withAccel,
                    withHeading, fitness, RuleSharing.fromId(sharing), withFootContacts, onset,
                    ObservationKind.fromId(observation));
        });
    }
}
