package io.hebbian.replay.record;

import io.hebbian.replay.trajectory.JointGeometry;
import io.hebbian.replay.trajectory.LinkGeometry;
import io.hebbian.replay.trajectory.ShapeGeometry;
import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.physics.OdeRobot;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Shape;
import java.util.ArrayList;
import java.util.List;

/** The drawable geometry of a simulated robot, in the physics' link order. */
public final class RobotGeometry {

    private RobotGeometry() {
    }

    /** Links in {@code physics}' body order, shapes in each body's frame (origin at its centre of mass). */
    public static List<LinkGeometry> links(OdeRobot physics) {
        RobotDescription robot = physics.robot();
        List<LinkGeometry> out = new ArrayList<>();
        for (int b = 0; b < physics.linkCount(); b++) {
            String name = physics.linkName(b);
            Link link = robot.findLink(name).orElseThrow(() -> new IllegalStateException(
                    "physics body " + name + " is not a link of robot " + robot.name()));
            List<ShapeGeometry> shapes = new ArrayList<>();
            for (Geom g : link.geoms()) {
                Vec3 d = g.positionM().minus(link.comM());
                shapes.add(new ShapeGeometry(type(g.shape()), size(g.shape()), new double[] {d.x(), d.y(), d.z()},
                        quaternion(g.rotation())));
            }
            out.add(new LinkGeometry(name, shapes));
        }
        return out;
    }

    /** Joints in action order (removed joints included: their child link is simply absent). */
    public static List<JointGeometry> joints(RobotDescription robot) {
        List<JointGeometry> out = new ArrayList<>();
        for (Joint j : robot.jointDescriptions()) {
            out.add(new JointGeometry(j.name(), j.parent(), j.child(), xyz(j.anchorM()), xyz(j.axis()), j.lowerRad(),
                    j.upperRad()));
        }
        return out;
    }

    private static double[] xyz(Vec3 v) {
        return new double[] {v.x(), v.y(), v.z()};
    }

    static String type(Shape s) {
        if (s instanceof Shape.Sphere) {
            return "sphere";
        } else if (s instanceof Shape.Capsule) {
            return "capsule";
        } else if (s instanceof Shape.Cylinder) {
            return "cylinder";
        }
        return "box";
    }

    static double[] size(Shape s) {
        if (s instanceof Shape.Sphere sp) {
            return new double[] {sp.radiusM()};
        } else if (s instanceof Shape.Capsule c) {
            return new double[] {c.radiusM(), c.lengthM()};
        } else if (s instanceof Shape.Cylinder c) {
            return new double[] {c.radiusM(), c.lengthM()};
        }
        Shape.Box b = (Shape.Box) s;
        return new double[] {b.sizeXM(), b.sizeYM(), b.sizeZM()};
    }

    /** A rotation matrix as a unit quaternion (w, x, y, z), w >= 0. */
    static double[] quaternion(Rot r) {
        double m00 = r.get(0, 0);
        double m11 = r.get(1, 1);
        double m22 = r.get(2, 2);
        double tr = m00 + m11 + m22;
        double w;
        double x;
        double y;
        double z;
        if (tr > 0) {
            double s = Math.sqrt(tr + 1.0) * 2;
            w = 0.25 * s;
            x = (r.get(2, 1) - r.get(1, 2)) / s;
            y = (r.get(0, 2) - r.get(2, 0)) / s;
            z = (r.get(1, 0) - r.get(0, 1)) / s;
        } else if (m00 > m11 && m00 > m22) {
            double s = Math.sqrt(1.0 + m00 - m11 - m22) * 2;
            w = (r.get(2, 1) - r.get(1, 2)) / s;
            x = 0.25 * s;
            y = (r.get(0, 1) + r.get(1, 0)) / s;
            z = (r.get(0, 2) + r.get(2, 0)) / s;
        } else if (m11 > m22) {
            double s = Math.sqrt(1.0 + m11 - m00 - m22) * 2;
            w = (r.get(0, 2) - r.get(2, 0)) / s;
            x = (r.get(0, 1) + r.get(1, 0)) / s;
            y = 0.25 * s;
            z = (r.get(1, 2) + r.get(2, 1)) / s;
        } else {
            double s = Math.sqrt(1.0 + m22 - m00 - m11) * 2;
            w = (r.get(1, 0) - r.get(0, 1)) / s;
            x = (r.get(0, 2) + r.get(2, 0)) / s;
            y = (r.get(1, 2) + r.get(2, 1)) / s;
            z = 0.25 * s;
        }
        double n = Math.sqrt(w * w + x * x + y * y + z * z) * (w < 0 ? -1 : 1);
        return new double[] {w / n, x / n, y / n, z / n};
    }
}
