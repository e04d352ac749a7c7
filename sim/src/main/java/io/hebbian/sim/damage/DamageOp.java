package io.hebbian.sim.damage;

import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One term of the damage language. Legs and joints are named as on the robot: legs by
 * {@link RobotDescription#legNames()}, joints by {@code <leg>-<role>} (roles {@code hip}, {@code knee},
 * {@code hip-abd}; see {@link Leg#roles()}) or by their own name.
 */
public sealed interface DamageOp {

    /** The term as written, e.g. {@code shin-scale:left-front=0.5}. */
    String spec();

    /** The damaged robot; IllegalArgumentException naming the valid legs or joints if a name is unknown. */
    RobotDescription applyTo(RobotDescription robot);

    /** {@code shin-scale:<leg>=<factor>}: the leg's distal segment scaled along its length, mass with it. */
    record ShinScale(String leg, double factor) implements DamageOp {
        public ShinScale {
            if (!(factor > 0 && factor <= 4)) {
                throw new IllegalArgumentException("shin-scale factor must be within (0, 4], got " + factor);
            }
        }

        @Override
        public String spec() {
            return "shin-scale:" + leg + "=" + factor;
        }

        @Override
        public RobotDescription applyTo(RobotDescription robot) {
            Leg l = robot.leg(leg);
            Joint j = distalJoint(robot, l);
            Link foot = robot.findLink(l.footLink()).orElseThrow(() -> new IllegalArgumentException(
                    "leg " + leg + " of robot " + robot.name() + " has no shin left to scale"));
            List<Link> links = new ArrayList<>(robot.links());
            links.set(links.indexOf(foot), SegmentScaler.scale(foot, j.anchorM(), factor));
            return robot.with(robot.name(), links, robot.jointDescriptions());
        }
    }

    /** {@code remove-shin:<leg>}: the leg's distal segment is gone; its joint's action is ignored. */
    record RemoveShin(String leg) implements DamageOp {
        @Override
        public String spec() {
            return "remove-shin:" + leg;
        }

        @Override
        public RobotDescription applyTo(RobotDescription robot) {
            Leg l = robot.leg(leg);
            Joint j = distalJoint(robot, l);
            List<Link> links = new ArrayList<>(robot.links());
            links.removeIf(k -> k.name().equals(l.footLink()));
            List<Joint> joints = new ArrayList<>(robot.jointDescriptions());
            joints.set(joints.indexOf(j), j.withRemoved(true));
            return robot.with(robot.name(), links, joints);
        }
    }

    /** {@code lock:<joint>}: the joint is held at its initial angle (equal stops). */
    record Lock(String joint) implements DamageOp {
        @Override
        public String spec() {
            return "lock:" + joint;
        }

        @Override
        public RobotDescription applyTo(RobotDescription robot) {
            return replace(robot, joint, j -> j.withLocked(true));
        }
    }

    /** {@code weak:<joint>=<strength>}: the joint's torque cap times {@code strength} in (0, 1]. */
    record Weak(String joint, double strength) implements DamageOp {
        public Weak {
            if (!(strength > 0 && strength <= 1)) {
                throw new IllegalArgumentException("weak strength must be within (0, 1], got " + strength);
            }
        }

        @Override
        public String spec() {
            return "weak:" + joint + "=" + strength;
        }

        @Override
        public RobotDescription applyTo(RobotDescription robot) {
            return replace(robot, joint, j -> j.withStrength(j.strength() * strength));
        }
    }

    /** {@code sensor-stuck:<joint>}: the encoder repeats its first reading of the episode. */
    record SensorStuck(String joint) implements DamageOp {
        @Override
        public String spec() {
            return "sensor-stuck:" + joint;
        }

        @Override
        public RobotDescription applyTo(RobotDescription robot) {
            return replace(robot, joint, j -> j.withSensorStuck(true));
        }
    }

    private static Joint distalJoint(RobotDescription robot, Leg leg) {
        return robot.joint(leg.joints().get(leg.joints().size() - 1));
    }

    private static RobotDescription replace(RobotDescription robot, String alias,
                                            java.util.function.UnaryOperator<Joint> change) {
        Map<String, String> aliases = robot.jointAliases();
        String name = aliases.get(alias);
        if (name == null) {
            throw new IllegalArgumentException("robot " + robot.name() + " has no joint '" + alias
                    + "'; valid joint names: " + aliases.keySet());
        }
        List<Joint> joints = new ArrayList<>(robot.jointDescriptions());
        Joint j = robot.joint(name);
        joints.set(joints.indexOf(j), change.apply(j));
        return robot.with(robot.name(), robot.links(), joints);
    }
}
