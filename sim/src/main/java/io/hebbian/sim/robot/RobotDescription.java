package io.hebbian.sim.robot;

import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable quadruped (or any legged robot) the simulator builds a world from: links with
 * collision shapes and masses, hinge joints with limits and servo caps, legs, the IMU mount and the
 * initial joint angles. Geometry is in the world frame with every joint at angle 0 (the zero pose);
 * the simulator places the robot in its initial pose and lowers it onto the ground.
 */
public final class RobotDescription {

    private final String name;
    private final List<Link> links;
    private final List<Joint> jointList;
    private final List<Leg> legs;
    private final ImuMount imu;
    private final double[] initialPositionsRad;
    private final List<String> warnings;
    private final EpisodeConventions conventions;

    /**
     * @param links               root link first; every other link is the child of exactly one joint
     * @param joints              in action order; a removed joint's child link may be absent
     * @param initialPositionsRad per joint, radians, in action order (copied)
     * @param warnings            notes from loading, e.g. meshes replaced by boxes
     */
    public RobotDescription(String name, List<Link> links, List<Joint> joints, List<Leg> legs, ImuMount imu,
                            double[] initialPositionsRad, List<String> warnings) {
        this(name, links, joints, legs, imu, initialPositionsRad, warnings, EpisodeConventions.standard());
    }

    /**
     * @param conventions how episodes start and when the torso counts as fallen
     * @see #RobotDescription(String, List, List, List, ImuMount, double[], List)
     */
    public RobotDescription(String name, List<Link> links, List<Joint> joints, List<Leg> legs, ImuMount imu,
                            double[] initialPositionsRad, List<String> warnings, EpisodeConventions conventions) {
        this.conventions = conventions;
        this.name = name;
        this.links = List.copyOf(links);
        this.jointList = List.copyOf(joints);
        this.legs = List.copyOf(legs);
        this.imu = imu;
        this.initialPositionsRad = initialPositionsRad.clone();
        this.warnings = List.copyOf(warnings);
        validate();
    }

    private void validate() {
        if (links.isEmpty() || jointList.isEmpty()) {
            throw new IllegalArgumentException("robot " + name + " needs links and at least one joint");
        }
        Set<String> linkNames = new HashSet<>();
        for (Link l : links) {
            if (!linkNames.add(l.name())) {
                throw new IllegalArgumentException("robot " + name + ": link '" + l.name() + "' appears twice");
            }
        }
        new ActionSpec(joints());
        for (Joint j : jointList) {
            if (!linkNames.contains(j.parent()) || (!j.removed() && !linkNames.contains(j.child()))) {
                throw new IllegalArgumentException("robot " + name + ": joint " + j.name() + " connects unknown links "
                        + j.parent() + " -> " + j.child());
            }
        }
        for (Leg leg : legs) {
            for (String jn : leg.joints()) {
                joint(jn);
            }
        }
        if (!linkNames.contains(imu.link())) {
            throw new IllegalArgumentException("robot " + name + ": IMU mounted on unknown link " + imu.link());
        }
        if (initialPositionsRad.length != jointList.size()) {
            throw new IllegalArgumentException("robot " + name + ": expected " + jointList.size()
                    + " initial joint positions, got " + initialPositionsRad.length);
        }
    }

    public String name() {
        return name;
    }

    /** Joint limits in action order. */
    public List<JointLimits> joints() {
        List<JointLimits> out = new ArrayList<>(jointList.size());
        for (Joint j : jointList) {
            out.add(j.limits());
        }
        return out;
    }

    /** Full joint descriptions in action order. */
    public List<Joint> jointDescriptions() {
        return jointList;
    }

    public List<String> jointNames() {
        return jointList.stream().map(Joint::name).toList();
    }

    public ActionSpec actionSpec() {
        return new ActionSpec(joints());
    }

    /** {@code ObservationSpec.standard(joints(), false)}. */
    public ObservationSpec defaultObservation() {
        return ObservationSpec.standard(joints(), false);
    }

    public List<Link> links() {
        return links;
    }

    public Link root() {
        return links.get(0);
    }

    public List<Leg> legs() {
        return legs;
    }

    /** Leg names, e.g. {@code left-front, right-front, left-back, right-back}. */
    public List<String> legNames() {
        return legs.stream().map(Leg::name).toList();
    }

    public ImuMount imu() {
        return imu;
    }

    /** Initial joint angles, radians, action order (a copy). */
    public double[] initialPositionsRad() {
        return initialPositionsRad.clone();
    }

    public List<String> warnings() {
        return warnings;
    }

    /** How episodes start and when the torso counts as fallen. */
    public EpisodeConventions conventions() {
        return conventions;
    }

    /**
     * Leg names in the order of each leg's first joint in action order (pybullet's body order for the Ant:
     * left-front, left-back, right-back, right-front), the foot order of {@code ObservationSpec.paper}.
     */
    public List<String> legNamesInActionOrder() {
        List<String> joints = jointNames();
        return legs.stream().sorted(java.util.Comparator.comparingInt(l -> joints.indexOf(l.joints().get(0))))
                .map(Leg::name).toList();
    }

    public double totalMassKg() {
        return links.stream().mapToDouble(Link::massKg).sum();
    }

    public Optional<Link> findLink(String linkName) {
        return links.stream().filter(l -> l.name().equals(linkName)).findFirst();
    }

    /** The joint named {@code jointName}; IllegalArgumentException listing the joints if absent. */
    public Joint joint(String jointName) {
        return jointList.stream().filter(j -> j.name().equals(jointName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("robot " + name + " has no joint '" + jointName
                        + "'; joints: " + jointNames()));
    }

    public int jointIndex(String jointName) {
        return jointList.indexOf(joint(jointName));
    }

    /** The leg named {@code legName}; IllegalArgumentException listing the legs if absent. */
    public Leg leg(String legName) {
        return legs.stream().filter(l -> l.name().equals(legName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("robot " + name + " has no leg '" + legName
                        + "'; legs: " + legNames()));
    }

    /** Every joint alias of the damage language: {@code <leg>-<role>} and plain joint names, to joint name. */
    public Map<String, String> jointAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Leg leg : legs) {
            List<String> roles = leg.roles();
            for (int k = 0; k < roles.size(); k++) {
                aliases.put(leg.name() + "-" + roles.get(k), leg.joints().get(k));
            }
        }
        for (Joint j : jointList) {
            aliases.put(j.name(), j.name());
        }
        return aliases;
    }

    /** A copy with different links and joints (same legs, IMU, initial pose, conventions). */
    public RobotDescription with(String newName, List<Link> newLinks, List<Joint> newJoints) {
        return new RobotDescription(newName, newLinks, newJoints, legs, imu, initialPositionsRad, warnings,
                conventions);
    }

    /** A copy with other initial joint angles (radians, action order). */
    public RobotDescription withInitialPositions(double[] positionsRad) {
        return new RobotDescription(name, links, jointList, legs, imu, positionsRad, warnings, conventions);
    }

    @Override
    public String toString() {
        return "RobotDescription[" + name + ", " + links.size() + " links, joints " + jointNames() + "]";
    }
}
