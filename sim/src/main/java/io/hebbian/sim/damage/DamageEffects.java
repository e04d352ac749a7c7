package io.hebbian.sim.damage;

import io.hebbian.controller.damage.DamageTerm;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Leg;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the damage language's terms do to a simulated robot. Legs are named by
 * {@link RobotDescription#legNames()}; joint terms name a joint ({@code <leg>-<role>} or its own
 * name) or a whole leg (every joint of it). The simulator realises every term:
 * <ul>
 * <li>{@code shin-scale}: the leg's distal segment scaled along its length, mass with it;</li>
 * <li>{@code remove-shin}: the distal segment is gone and its joint's action is ignored;</li>
 * <li>{@code lock}: the joint is held at its initial angle (equal stops);</li>
 * <li>{@code weak}: the joint's torque cap times the strength;</li>
 * <li>{@code limp}: the joint's motor is off (torque cap 0);</li>
 * <li>{@code sensor-stuck}: the encoder repeats its first reading of the episode.</li>
 * </ul>
 * The joint terms ({@code lock}, {@code weak}, {@code limp}, {@code sensor-stuck}) can also switch on
 * during an episode ({@code QuadrupedEnv.injure}); the body terms ({@code shin-scale},
 * {@code remove-shin}) change links and so exist only from the start ({@link #requireSwitchable}).
 */
public final class DamageEffects {

    private DamageEffects() {
    }

    /** The damaged robot; IllegalArgumentException naming the valid legs or joints on an unknown name. */
    public static RobotDescription apply(Morphology morphology, RobotDescription robot) {
        RobotDescription r = robot;
        for (DamageTerm t : morphology.terms()) {
            r = apply(t, r);
        }
        return morphology.isIntact() ? r : r.with(robot.name() + "[" + morphology.name() + "]", r.links(),
                r.jointDescriptions());
    }

    /** Whether every term of {@code morphology} is a joint term, which can switch on during an episode. */
    public static boolean isSwitchable(Morphology morphology) {
        return morphology.terms().stream().allMatch(DamageEffects::isJointTerm);
    }

    /**
     * Checks that {@code morphology} can switch on during an episode; IllegalArgumentException naming
     * the first body term otherwise.
     */
    public static void requireSwitchable(Morphology morphology) {
        for (DamageTerm t : morphology.terms()) {
            if (!isJointTerm(t)) {
                throw new IllegalArgumentException("'" + t.spec() + "' changes the body, which cannot switch on "
                        + "during an episode; only lock, weak, limp and sensor-stuck can start at a step (give a "
                        + "body damage without @<step>: it is there from the start)");
            }
        }
    }

    /**
     * The robot after joint damage switches on during an episode: {@link #apply} for joint terms only
     * (IllegalArgumentException for a body term, see {@link #requireSwitchable}).
     */
    public static RobotDescription applyDuringEpisode(Morphology morphology, RobotDescription robot) {
        requireSwitchable(morphology);
        RobotDescription r = robot;
        for (DamageTerm t : morphology.terms()) {
            r = apply(t, r);
        }
        return r;
    }

    private static boolean isJointTerm(DamageTerm t) {
        return t instanceof DamageTerm.Lock || t instanceof DamageTerm.Weak || t instanceof DamageTerm.Limp
                || t instanceof DamageTerm.SensorStuck;
    }

    /** One term's effect. */
    public static RobotDescription apply(DamageTerm term, RobotDescription robot) {
        if (term instanceof DamageTerm.ShinScale s) {
            return shinScale(robot, s.leg(), s.factor());
        } else if (term instanceof DamageTerm.RemoveShin s) {
            return removeShin(robot, s.leg());
        } else if (term instanceof DamageTerm.Lock l) {
            return replace(robot, l.joint(), j -> j.withLocked(true));
        } else if (term instanceof DamageTerm.Weak w) {
            return replace(robot, w.joint(), j -> j.withStrength(j.strength() * w.strength()));
        } else if (term instanceof DamageTerm.Limp l) {
            return replace(robot, l.joint(), j -> j.withStrength(0));
        } else if (term instanceof DamageTerm.SensorStuck s) {
            return replace(robot, s.joint(), j -> j.withSensorStuck(true));
        }
        throw new IllegalArgumentException("the simulator cannot realise damage '" + term.spec() + "'");
    }

    private static RobotDescription shinScale(RobotDescription robot, String leg, double factor) {
        Leg l = robot.leg(leg);
        Joint j = distalJoint(robot, l);
        Link foot = robot.findLink(l.footLink()).orElseThrow(() -> new IllegalArgumentException(
                "leg " + leg + " of robot " + robot.name() + " has no shin left to scale"));
        List<Link> links = new ArrayList<>(robot.links());
        links.set(links.indexOf(foot), SegmentScaler.scale(foot, j.anchorM(), factor));
        return robot.with(robot.name(), links, robot.jointDescriptions());
    }

    private static RobotDescription removeShin(RobotDescription robot, String leg) {
        Leg l = robot.leg(leg);
        Joint j = distalJoint(robot, l);
        List<Link> links = new ArrayList<>(robot.links());
        links.removeIf(k -> k.name().equals(l.footLink()));
        List<Joint> joints = new ArrayList<>(robot.jointDescriptions());
        joints.set(joints.indexOf(j), j.withRemoved(true));
        return robot.with(robot.name(), links, joints);
    }

    private static Joint distalJoint(RobotDescription robot, Leg leg) {
        return robot.joint(leg.joints().get(leg.joints().size() - 1));
    }

    private static RobotDescription replace(RobotDescription robot, String target, UnaryOperator<Joint> change) {
        Map<String, String> aliases = robot.jointAliases();
        List<String> names;
        if (aliases.containsKey(target)) {
            names = List.of(aliases.get(target));
        } else if (robot.legNames().contains(target)) {
            names = robot.leg(target).joints();
        } else {
            throw new IllegalArgumentException("robot " + robot.name() + " has no joint or leg '" + target
                    + "'; valid joint names: " + aliases.keySet() + ", legs: " + robot.legNames());
        }
        List<Joint> joints = new ArrayList<>(robot.jointDescriptions());
        for (String name : names) {
            Joint j = robot.joint(name);
            joints.set(joints.indexOf(j), change.apply(j));
        }
        return robot.with(robot.name(), robot.links(), joints);
    }
}
