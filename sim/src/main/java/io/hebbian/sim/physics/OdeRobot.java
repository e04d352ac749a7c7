package io.hebbian.sim.physics;

import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ode4j.math.DMatrix3;
import org.ode4j.math.DQuaternionC;
import org.ode4j.math.DVector3;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DHingeJoint;
import org.ode4j.ode.DJoint.DJointFeedback;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeHelper;

/**
 * One robot in its own ode4j world on a flat ground plane: bodies, geoms and hinge motors built
 * from a {@link RobotDescription}. Joints are read and driven in action order. Not thread-safe;
 * one instance per thread. {@link #step} allocates what ode4j allocates: contact joints and its solvers' work arrays, ~127 KB per
 * control step with quickStep and ~296 KB with dWorldStep (4 substeps; {@code hebbian bench} reports it).
 */
public final class OdeRobot implements AutoCloseable {

    /** Gap between the ground and the robot's lowest point when placed, metres. */
    public static final double DROP_CLEARANCE_M = 0.005;
    private static final double GRAVITY_MPS2 = 9.81;

    private final RobotDescription robot;
    private final DWorld world;
    private final GroundContacts ground;
    private final List<Link> links = new ArrayList<>();
    private final DBody[] bodies;
    private final DHingeJoint[] hinges;
    private final DBody[] parentBody;
    private final DBody[] childBody;
    private final DJointFeedback[] feedback;
    private final double[] rateBefore;
    /** Torque applied directly to each hinge every step (torque control), N·m; 0 under position control. */
    private final double[] appliedTorque;
    /** Each hinge's axis in its child's and its parent's body frame, as built (3 values each). */
    private final double[][] childAxisLocal;
    private final double[][] parentAxisLocal;
    private final DVector3 scratch = new DVector3();
    private double lastStepSeconds;
    private final DVector3 axis = new DVector3();
    private final DVector3 anchor = new DVector3();
    /** Each hinge's limit stops as built, radians (equal for a joint locked at build time). */
    private final double[] builtLoStop;
    private final double[] builtHiStop;
    private final double[][] homePositions;
    private final DMatrix3[] homeRotations;
    private final int rootIndex;
    private final Stepper stepper;

    /**
     * @param robot            the robot (already damaged, if so)
     * @param solverIterations quickStep iterations, at least 1
     * @param frictionCoef     Coulomb friction coefficient with the ground
     */
    public OdeRobot(RobotDescription robot, int solverIterations, double frictionCoef) {
        this(robot, Stepper.QUICK, solverIterations, frictionCoef);
    }

    /**
     * @param robot            the robot (already damaged, if so)
     * @param stepper          how constraints are solved
     * @param solverIterations quickStep iterations, at least 1 (ignored by {@link Stepper#EXACT})
     * @param frictionCoef     Coulomb friction coefficient with the ground
     */
    public OdeRobot(RobotDescription robot, Stepper stepper, int solverIterations, double frictionCoef) {
        Physics.init();
        this.stepper = stepper;
        if (solverIterations < 1) {
            throw new IllegalArgumentException("solver iterations must be at least 1, got " + solverIterations);
        }
        this.robot = robot;
        world = OdeHelper.createWorld();
        world.setGravity(0, 0, -GRAVITY_MPS2);
        world.setQuickStepNumIterations(solverIterations);
        world.setAutoDisableFlag(false);
        Map<String, DBody> byName = new HashMap<>();
        List<DGeom> geoms = new ArrayList<>();
        List<Integer> geomLeg = new ArrayList<>();
        for (Link link : robot.links()) {
            DBody b = OdeBodies.body(world, link, 1.0);
            byName.put(link.name(), b);
            links.add(link);
            int leg = legOfFoot(link.name());
            for (Geom g : link.geoms()) {
                geoms.add(OdeBodies.geom(g, b, link.comM()));
                geomLeg.add(leg);
            }
        }
        bodies = links.stream().map(l -> byName.get(l.name())).toArray(DBody[]::new);
        rootIndex = 0;
        List<Joint> joints = robot.jointDescriptions();
        hinges = new DHingeJoint[joints.size()];
        parentBody = new DBody[joints.size()];
        childBody = new DBody[joints.size()];
        feedback = new DJointFeedback[joints.size()];
        rateBefore = new double[joints.size()];
        appliedTorque = new double[joints.size()];
        childAxisLocal = new double[joints.size()][3];
        parentAxisLocal = new double[joints.size()][3];
        builtLoStop = new double[joints.size()];
        builtHiStop = new double[joints.size()];
        double[] init = robot.initialPositionsRad();
        for (int k = 0; k < hinges.length; k++) {
            Joint j = joints.get(k);
            if (j.removed()) {
                continue;
            }
            parentBody[k] = byName.get(j.parent());
            childBody[k] = byName.get(j.child());
            DHingeJoint h = OdeHelper.createHingeJoint(world);
            h.attach(childBody[k], parentBody[k]);
            h.setAnchor(j.anchorM().x(), j.anchorM().y(), j.anchorM().z());
            h.setAxis(j.axis().x(), j.axis().y(), j.axis().z());
            toLocal(childBody[k], j.axis(), childAxisLocal[k]);
            toLocal(parentBody[k], j.axis(), parentAxisLocal[k]);
            double lo = j.locked() ? init[k] : j.lowerRad();
            double hi = j.locked() ? init[k] : j.upperRad();
            h.setParamLoStop(lo);
            h.setParamHiStop(hi);
            builtLoStop[k] = lo;
            builtHiStop[k] = hi;
            feedback[k] = new DJointFeedback();
            h.setFeedback(feedback[k]);
            hinges[k] = h;
        }
        ground = new GroundContacts(world, geoms.toArray(DGeom[]::new),
                geomLeg.stream().mapToInt(Integer::intValue).toArray(), robot.legs().size(), frictionCoef);
        homePositions = new double[bodies.length][3];
        homeRotations = new DMatrix3[bodies.length];
        Map<String, Pose> poses = placedPoses(init);
        for (int b = 0; b < bodies.length; b++) {
            Pose p = poses.get(links.get(b).name());
            Vec3 c = p.apply(links.get(b).comM());
            homePositions[b] = new double[] {c.x(), c.y(), c.z()};
            homeRotations[b] = OdeBodies.matrix(p.rotation());
        }
        placeHome();
    }

    private void toLocal(DBody body, Vec3 worldAxis, double[] out) {
        body.vectorFromWorld(worldAxis.x(), worldAxis.y(), worldAxis.z(), scratch);
        out[0] = scratch.get0();
        out[1] = scratch.get1();
        out[2] = scratch.get2();
    }

    /**
     * How far the hinges are from rigid now, added into {@code meter}: per joint, the angle between
     * the hinge axis as carried by the child and as carried by the parent (0 for a perfect hinge),
     * and the distance between the anchor as seen from either body. A soft or under-iterated solver
     * lets both grow while the robot moves; real servo joints do not bend that way.
     */
    public void measureConstraintError(ConstraintErrorMeter meter) {
        for (int k = 0; k < hinges.length; k++) {
            if (hinges[k] == null) {
                continue;
            }
            double[] c = childAxisLocal[k];
            double[] p = parentAxisLocal[k];
            childBody[k].vectorToWorld(c[0], c[1], c[2], axis);
            parentBody[k].vectorToWorld(p[0], p[1], p[2], scratch);
            double cos = axis.dot(scratch) / Math.sqrt(axis.lengthSquared() * scratch.lengthSquared());
            double angleRad = Math.acos(Math.max(-1.0, Math.min(1.0, cos)));
            hinges[k].getAnchor(anchor);
            hinges[k].getAnchor2(scratch);
            meter.add(angleRad, anchor.distance(scratch));
        }
    }

    private int legOfFoot(String linkName) {
        List<Leg> legs = robot.legs();
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).footLink().equals(linkName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Link poses for joint angles {@code anglesRad}, lifted so the lowest point is just above the ground, or, if
     * the robot's {@link io.hebbian.sim.robot.EpisodeConventions#torsoStartHeightM() start height} is set, so the
     * root link's centre of mass is at that height (never below the ground clearance).
     */
    public Map<String, Pose> placedPoses(double[] anglesRad) {
        Map<String, Pose> poses = Kinematics.linkPoses(robot, anglesRad);
        double clearanceLift = DROP_CLEARANCE_M - Kinematics.lowestPointM(robot, poses);
        double startHeight = robot.conventions().torsoStartHeightM();
        Link root = robot.root();
        double lift = Double.isNaN(startHeight) ? clearanceLift
                : Math.max(clearanceLift, startHeight - poses.get(root.name()).apply(root.comM()).z());
        Map<String, Pose> lifted = new HashMap<>();
        poses.forEach((name, p) -> lifted.put(name, p.translated(new Vec3(0, 0, lift))));
        return lifted;
    }

    /** Puts the robot back in its initial pose, at rest, using the build-time matrices (bit-exact). */
    public void placeHome() {
        for (int b = 0; b < bodies.length; b++) {
            bodies[b].setPosition(homePositions[b][0], homePositions[b][1], homePositions[b][2]);
            bodies[b].setRotation(homeRotations[b]);
            bodies[b].setLinearVel(0, 0, 0);
            bodies[b].setAngularVel(0, 0, 0);
        }
        ground.clear();
    }

    /** Puts the robot at {@code poses} (from {@link #placedPoses}), at rest, then shifted by {@code offsetM}. */
    public void place(Map<String, Pose> poses, Vec3 offsetM) {
        for (int b = 0; b < bodies.length; b++) {
            Pose p = poses.get(links.get(b).name()).translated(offsetM);
            Vec3 c = p.apply(links.get(b).comM());
            bodies[b].setPosition(c.x(), c.y(), c.z());
            bodies[b].setRotation(OdeBodies.matrix(p.rotation()));
            bodies[b].setLinearVel(0, 0, 0);
            bodies[b].setAngularVel(0, 0, 0);
        }
        ground.clear();
    }

    /** Scales every link's mass and inertia by {@code scale[b]} (link order; 1 = as described). */
    public void setMassScales(double[] scale) {
        for (int b = 0; b < bodies.length; b++) {
            bodies[b].setMass(OdeBodies.mass(links.get(b), scale[b]));
        }
    }

    public void setFriction(double frictionCoef) {
        ground.setFriction(frictionCoef);
    }

    /** Joint angle, radians; 0 for a removed joint. */
    public double jointAngleRad(int k) {
        return hinges[k] == null ? 0.0 : hinges[k].getAngle();
    }

    /** Joint angular rate, rad/s, child relative to parent about the axis; 0 for a removed joint. */
    public double jointRateRadPerSec(int k) {
        if (hinges[k] == null) {
            return 0.0;
        }
        hinges[k].getAxis(axis);
        DVector3C wc = childBody[k].getAngularVel();
        DVector3C wp = parentBody[k].getAngularVel();
        return axis.get0() * (wc.get0() - wp.get0()) + axis.get1() * (wc.get1() - wp.get1())
                + axis.get2() * (wc.get2() - wp.get2());
    }

    /**
     * Torque joint {@code k}'s motor, limit stops and {@linkplain #setJointTorque applied torque} exerted on the
     * child link about the joint axis during the last physics step, N·m; 0 for a removed joint. ODE reports the joint's torque on the
     * child about the child's centre of mass, which includes the moment of the hinge's anchor force;
     * that moment is removed here, leaving the axial torque the actuator (or a stop) supplied.
     */
    public double jointTorqueNm(int k) {
        if (hinges[k] == null) {
            return 0.0;
        }
        return appliedTorque[k] == 0 ? constraintTorqueNm(k) : constraintTorqueNm(k) + appliedTorque[k];
    }

    /** The motor's and the stops' part of {@link #jointTorqueNm}, from ODE's joint feedback, N·m. */
    private double constraintTorqueNm(int k) {
        hinges[k].getAxis(axis);
        hinges[k].getAnchor(anchor);
        return HingeFeedback.axialTorqueNm(feedback[k], axis, anchor, childBody[k].getPosition());
    }

    /**
     * Work joint {@code k} did on its child link during the last {@link #step}, joules, signed
     * (negative while braking): torque × rate × dt, the rate averaged over the start and end of the
     * step (exact for a constant torque; the end rate alone would count an impulsive start twice).
     */
    public double lastStepJointWorkJ(int k) {
        if (hinges[k] == null) {
            return 0.0;
        }
        return jointTorqueNm(k) * 0.5 * (rateBefore[k] + jointRateRadPerSec(k)) * lastStepSeconds;
    }

    /**
     * Holds joint {@code k} at {@code angleRad} from now on with equal limit stops, as a joint locked
     * at build time is held at its initial angle (damage "lock" switched on during an episode); no
     * effect on a removed joint. {@link #restoreStops} undoes it.
     */
    public void lockAt(int k, double angleRad) {
        if (hinges[k] != null) {
            hinges[k].setParamLoStop(angleRad);
            hinges[k].setParamHiStop(angleRad);
        }
    }

    /** Puts every hinge's limit stops back as built, undoing {@link #lockAt}. */
    public void restoreStops() {
        for (int k = 0; k < hinges.length; k++) {
            if (hinges[k] != null) {
                hinges[k].setParamLoStop(builtLoStop[k]);
                hinges[k].setParamHiStop(builtHiStop[k]);
            }
        }
    }

    /** Sets joint {@code k}'s velocity motor: target rate, rad/s, and torque cap, N·m (0 = motor off). */
    public void setMotor(int k, double velocityRadPerSec, double maxTorqueNm) {
        if (hinges[k] != null) {
            hinges[k].setParamVel(velocityRadPerSec);
            hinges[k].setParamFMax(maxTorqueNm);
        }
    }

    /**
     * Applies {@code torqueNm} about joint {@code k}'s axis (child +, parent −) during every following
     * {@link #step}, until set again; 0 (the default) applies none. No effect on a removed joint. Torque control
     * sets it each substep with the motor off; the limit stops still act.
     */
    public void setJointTorque(int k, double torqueNm) {
        if (hinges[k] != null) {
            appliedTorque[k] = torqueNm;
        }
    }

    /** Advances physics by {@code dtSeconds}: ground contacts, then one step of the configured stepper. */
    public void step(double dtSeconds) {
        for (int k = 0; k < hinges.length; k++) {
            rateBefore[k] = jointRateRadPerSec(k);
            if (appliedTorque[k] != 0) {
                hinges[k].addTorque(appliedTorque[k]);
            }
        }
        lastStepSeconds = dtSeconds;
        ground.collide();
        if (stepper == Stepper.EXACT) {
            world.step(dtSeconds);
        } else {
            world.quickStep(dtSeconds);
        }
        ground.release();
    }

    public GroundContacts ground() {
        return ground;
    }

    public RobotDescription robot() {
        return robot;
    }

    /** The root (torso) body. */
    public DBody root() {
        return bodies[rootIndex];
    }

    public int linkCount() {
        return bodies.length;
    }

    public String linkName(int b) {
        return links.get(b).name();
    }

    /** Link {@code b}'s centre-of-mass position, metres, world frame, into {@code out} (Modified). */
    public void linkPosition(int b, double[] out) {
        DVector3C p = bodies[b].getPosition();
        out[0] = p.get0();
        out[1] = p.get1();
        out[2] = p.get2();
    }

    /** Link {@code b}'s orientation quaternion (w, x, y, z) relative to the zero pose, into {@code out} (Modified). */
    public void linkQuaternion(int b, double[] out) {
        DQuaternionC q = bodies[b].getQuaternion();
        out[0] = q.get0();
        out[1] = q.get1();
        out[2] = q.get2();
        out[3] = q.get3();
    }

    /** True when every body's position and velocities are finite. */
    public boolean isFinite() {
        for (DBody b : bodies) {
            if (!finite(b.getPosition()) || !finite(b.getLinearVel()) || !finite(b.getAngularVel())) {
                return false;
            }
        }
        return true;
    }

    /** Largest linear speed of any body, m/s. */
    public double maxLinearSpeedMps() {
        double max = 0;
        for (DBody b : bodies) {
            DVector3C v = b.getLinearVel();
            max = Math.max(max, Math.sqrt(v.get0() * v.get0() + v.get1() * v.get1() + v.get2() * v.get2()));
        }
        return max;
    }

    private static boolean finite(DVector3C v) {
        return Double.isFinite(v.get0()) && Double.isFinite(v.get1()) && Double.isFinite(v.get2());
    }

    @Override
    public void close() {
        ground.destroy();
        world.destroy();
    }
}
