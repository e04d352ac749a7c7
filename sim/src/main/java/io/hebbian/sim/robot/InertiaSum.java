package io.hebbian.sim.robot;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.physics.Pose;
import io.hebbian.sim.robot.UrdfParser.RawLink;
import java.util.List;
import java.util.Map;

/** Combines URDF inertial tags of rigidly joined links into one inertia about their common centre of mass. */
final class InertiaSum {

    /** Floor for the diagonal of a combined tensor, kg·m² (a lone point mass has none). */
    private static final double MIN_INERTIA = 1e-7;

    private InertiaSum() {
    }

    static Inertia of(List<RawLink> parts, Map<String, Pose> frames, Vec3 com) {
        double[] s = new double[6];
        for (RawLink l : parts) {
            if (l.massKg() <= 0) {
                continue;
            }
            Pose f = frames.get(l.name());
            if (l.inertia().isPresent()) {
                double[] i = l.inertia().get();
                Rot r = f.rotation().times(l.comRot());
                Inertia w = new Inertia(Math.max(i[0], MIN_INERTIA), Math.max(i[1], MIN_INERTIA),
                        Math.max(i[2], MIN_INERTIA), i[3], i[4], i[5]).rotated(r);
                add(s, w.ixx(), w.iyy(), w.izz(), w.ixy(), w.ixz(), w.iyz());
            }
            Vec3 d = f.apply(l.comXyz()).minus(com);
            double m = l.massKg();
            add(s, m * (d.y() * d.y() + d.z() * d.z()), m * (d.x() * d.x() + d.z() * d.z()),
                    m * (d.x() * d.x() + d.y() * d.y()), -m * d.x() * d.y(), -m * d.x() * d.z(), -m * d.y() * d.z());
        }
        return new Inertia(Math.max(s[0], MIN_INERTIA), Math.max(s[1], MIN_INERTIA), Math.max(s[2], MIN_INERTIA),
                s[3], s[4], s[5]);
    }

    private static void add(double[] s, double xx, double yy, double zz, double xy, double xz, double yz) {
        s[0] += xx;
        s[1] += yy;
        s[2] += zz;
        s[3] += xy;
        s[4] += xz;
        s[5] += yz;
    }

    /** A solid box with the link's mass and principal inertia, at its centre of mass (5 cm cube if unknown). */
    static Geom equivalentBox(RawLink l, Pose frame) {
        Rot r = frame.rotation().times(l.comRot());
        Vec3 c = frame.apply(l.comXyz());
        if (l.massKg() > 0 && l.inertia().isPresent()) {
            double[] i = l.inertia().get();
            double m = l.massKg();
            double x = Math.sqrt(Math.max(6 * (i[1] + i[2] - i[0]) / m, 1e-6));
            double y = Math.sqrt(Math.max(6 * (i[0] + i[2] - i[1]) / m, 1e-6));
            double z = Math.sqrt(Math.max(6 * (i[0] + i[1] - i[2]) / m, 1e-6));
            return new Geom(new Shape.Box(x, y, z), c, r);
        }
        return new Geom(new Shape.Box(0.05, 0.05, 0.05), c, r);
    }
}
