package io.hebbian.ros2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Small random Hebbian (and GRU) models for tests (until evolved models exist). */
public final class TestModels {

    /** An 8-joint ant-like robot: hip_1..4 in [-0.5, 0.5], ankle_1..4 in [0.5, 1.2] rad. */
    public static final List<JointLimits> ANT_JOINTS = antJoints();

    private TestModels() {
    }

    private static List<JointLimits> antJoints() {
        List<JointLimits> j = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            j.add(new JointLimits("hip_" + k, -0.5, 0.5));
        }
        for (int k = 1; k <= 4; k++) {
            j.add(new JointLimits("ankle_" + k, 0.5, 1.2));
        }
        return List.copyOf(j);
    }

    /**
     * A random ABCD_eta model on [obs, 16, joints] with the standard observation spec.
     *
     * @param controlPeriodSeconds written to physics.controlPeriodSeconds; NaN to omit it
     */
    public static PolicyModel random(List<JointLimits> joints, String robot, double controlPeriodSeconds, long seed) {
        return random(joints, robot, controlPeriodSeconds, seed, 0.1);
    }

    /**
     * A model whose plasticity overflows: every coefficient is +-1e300, so the first Hebbian update
     * makes weights infinite and the second step's output is NaN.
     */
    public static PolicyModel diverging(List<JointLimits> joints, String robot, double controlPeriodSeconds, long seed) {
        return random(joints, robot, controlPeriodSeconds, seed, Double.NaN);
    }

    /** A random model whose observation ends with foot contacts of {@code legs}. */
    public static PolicyModel withFootContacts(List<JointLimits> joints, String robot, double controlPeriodSeconds,
                                               long seed, List<String> legs) {
        return random(joints, robot, controlPeriodSeconds, seed, 0.1,
                ObservationSpec.standard(joints, false).withFootContacts(legs));
    }

    /** @param sigma spread of the Gaussian coefficients; NaN for +-1e300 */
    private static PolicyModel random(List<JointLimits> joints, String robot, double controlPeriodSeconds, long seed,
                                      double sigma) {
        return random(joints, robot, controlPeriodSeconds, seed, sigma, ObservationSpec.standard(joints, false));
    }

    private static PolicyModel random(List<JointLimits> joints, String robot, double controlPeriodSeconds, long seed,
                                      double sigma, ObservationSpec obs) {
        NetworkShape shape = NetworkShape.of(obs.size(), new int[] {16}, joints.size());
        PlasticityRule rule = PlasticityRule.ABCD_eta;
        double[] p = new double[HebbianCoefficients.parameterCount(rule, shape)];
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < p.length; k++) {
            p[k] = Double.isNaN(sigma) ? (r.nextBoolean() ? 1e300 : -1e300) : r.nextGaussian() * sigma;
        }
        return withSpecs(new PolicyParameters.Hebbian(HebbianCoefficients.fromParameters(rule, shape, p)), joints,
                robot, controlPeriodSeconds, obs);
    }

    /** A random GRU model ({@code evolve --recurrent}) on [obs, 16, joints] with the standard observation spec. */
    public static PolicyModel recurrent(List<JointLimits> joints, String robot, double controlPeriodSeconds, long seed) {
        ObservationSpec obs = ObservationSpec.standard(joints, false);
        return withSpecs(gru(obs.size(), joints.size(), seed), joints, robot, controlPeriodSeconds, obs);
    }

    /** A random GRU model for a simulated robot: its default observation and action specs, the paper's physics. */
    public static PolicyModel recurrentForRobot(io.hebbian.sim.robot.RobotDescription robot, long seed) {
        ObservationSpec obs = robot.defaultObservation();
        ActionSpec act = robot.actionSpec();
        return new PolicyModel(gru(obs.size(), act.size(), seed), NetworkSettings.paper(), Optional.of(obs),
                Optional.of(act), Optional.of(robot.name()), io.hebbian.sim.env.SimSettings.paper().toJson(), null);
    }

    /** 16 GRU units, every weight from N(0, 0.5²). */
    private static PolicyParameters gru(int inputs, int outputs, long seed) {
        NetworkShape shape = NetworkShape.of(inputs, new int[] {16}, outputs);
        double[] p = new double[GruWeights.parameterCount(shape)];
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextGaussian() * 0.5;
        }
        return new PolicyParameters.Recurrent(GruWeights.unflatten(shape, p));
    }

    private static PolicyModel withSpecs(PolicyParameters parameters, List<JointLimits> joints, String robot,
                                         double controlPeriodSeconds, ObservationSpec obs) {
        ObjectNode physics = JsonNodeFactory.instance.objectNode();
        if (Double.isFinite(controlPeriodSeconds)) {
            physics.put("controlPeriodSeconds", controlPeriodSeconds);
        }
        return new PolicyModel(parameters, NetworkSettings.paper(), Optional.of(obs), Optional.of(new ActionSpec(joints)),
                Optional.ofNullable(robot), physics, null);
    }

    /** A random model for a simulated robot: its default observation and action specs, the paper's physics. */
    public static PolicyModel forRobot(io.hebbian.sim.robot.RobotDescription robot, long seed) {
        return forRobot(robot, seed, robot.defaultObservation());
    }

    /**
     * {@link #forRobot(io.hebbian.sim.robot.RobotDescription, long)} whose observation ends with one foot contact
     * per leg in the robot's leg order, as {@code evolve --foot-contacts} builds it.
     */
    public static PolicyModel forRobotWithFootContacts(io.hebbian.sim.robot.RobotDescription robot, long seed) {
        return forRobot(robot, seed, robot.defaultObservation().withFootContacts(robot.legNames()));
    }

    /**
     * A model as {@code evolve --observation paper --control <control>} writes it: pybullet's 28 inputs (privileged
     * body height and velocity), the paper's physics with {@code control}.
     */
    public static PolicyModel forRobotWithPaperObservation(io.hebbian.sim.robot.RobotDescription robot, long seed,
                                                           io.hebbian.sim.env.ControlMode control) {
        return forRobot(robot, seed, ObservationSpec.paper(robot.joints(), robot.legNamesInActionOrder()),
                io.hebbian.sim.env.SimSettings.paper().withControl(control));
    }

    /** {@link #forRobot(io.hebbian.sim.robot.RobotDescription, long)} trained with torque control. */
    public static PolicyModel forRobotWithTorqueControl(io.hebbian.sim.robot.RobotDescription robot, long seed) {
        return forRobot(robot, seed, robot.defaultObservation(),
                io.hebbian.sim.env.SimSettings.paper().withControl(io.hebbian.sim.env.ControlMode.TORQUE));
    }

    private static PolicyModel forRobot(io.hebbian.sim.robot.RobotDescription robot, long seed, ObservationSpec obs) {
        return forRobot(robot, seed, obs, io.hebbian.sim.env.SimSettings.paper());
    }

    private static PolicyModel forRobot(io.hebbian.sim.robot.RobotDescription robot, long seed, ObservationSpec obs,
                                        io.hebbian.sim.env.SimSettings physics) {
        ActionSpec act = robot.actionSpec();
        NetworkShape shape = NetworkShape.of(obs.size(), new int[] {16}, act.size());
        PlasticityRule rule = PlasticityRule.ABCD_eta;
        double[] p = new double[HebbianCoefficients.parameterCount(rule, shape)];
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextGaussian() * 0.1;
        }
        return new PolicyModel(new PolicyParameters.Hebbian(HebbianCoefficients.fromParameters(rule, shape, p)),
                NetworkSettings.paper(), Optional.of(obs), Optional.of(act), Optional.of(robot.name()),
                physics.toJson(), null);
    }

    /** {@link #random} with the ant joints and the paper's 0.0165 s period, written to {@code file}. */
    public static Path write(Path file, long seed) throws IOException {
        ModelFile.write(random(ANT_JOINTS, "test-ant", 0.0165, seed), file);
        return file;
    }
}
