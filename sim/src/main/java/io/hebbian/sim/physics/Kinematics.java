package io.hebbian.sim.physics;

import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics on a {@link RobotDescription}: where every link is for given joint angles,
 * and the lift that puts the lowest point of the robot just above the ground.
 */
public final class Kinematics {

    private Kinematics() {
    }

    /**
     * Link poses for the joint angles {@code anglesRad} (action order), the root at the zero-pose origin.
     *
     * @return link name to pose; links of removed joints are absent
     */
    public static Map<String, Pose> linkPoses(RobotDescription robot, double[] anglesRad) {
        Map<String, Pose> poses = new HashMap<>();
        poses.put(robot.root().name(), Pose.IDENTITY);
        List<Joint> joints = robot.jointDescriptions();
        List<Joint> pending = new ArrayList<>(joints);
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (int k = 0; k < pending.size(); k++) {
                Joint j = pending.get(k);
                Pose parent = poses.get(j.parent());
                if (parent == null) {
                    continue;
                }
                if (!j.removed()) {
                    double q = anglesRad[joints.indexOf(j)];
                    poses.put(j.child(), parent.compose(Pose.about(j.anchorM(), j.axis(), q)));
                }
                pending.remove(k--);
                progressed = true;
            }
            if (!progressed) {
                throw new IllegalArgumentException("robot " + robot.name() + ": joints " + pending.stream()
                        .map(Joint::name).toList() + " are not connected to the root link " + robot.root().name());
            }
        }
        return poses;
    }

    /** The lowest z, metres, of any collision shape of the robot with the links at {@code poses}. */
    public static double lowestPointM(RobotDescription robot, Map<String, Pose> poses) {
        double min = Double.POSITIVE_INFINITY;
        for (Link link : robot.links()) {
            Pose p = poses.get(link.name());
            if (p == null) {
                continue;
            }
            for (Geom g : link.geoms()) {
                min = Math.min(min, lowestPointM(g, p));
            }
        }
        return min;
    }

    private static double lowestPointM(Geom g, Pose p) {
        Vec3 c = p.apply(g.positionM());
        io.hebbian.sim.geometry.Rot r = p.rotation().times(g.rotation());
        double zx = r.get(2, 0);
        double zy = r.get(2, 1);
        double zz = r.get(2, 2);
        Shape shape = g.shape();
        if (shape instanceof Shape.Sphere s) {
            return c.z() - s.radiusM();
        }
        if (shape instanceof Shape.Capsule s) {
            return c.z() - 0.5 * s.lengthM() * Math.abs(zz) - s.radiusM();
        }
        if (shape instanceof Shape.Cylinder s) {
            return c.z() - 0.5 * s.lengthM() * Math.abs(zz) - s.radiusM() * Math.sqrt(Math.max(0, 1 - zz * zz));
        }
        Shape.Box b = (Shape.Box) shape;
        return c.z() - 0.5 * (b.sizeXM() * Math.abs(zx) + b.sizeYM() * Math.abs(zy) + b.sizeZM() * Math.abs(zz));
    }
}
