package io.hebbian.sim.damage;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.Inertia;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scales a leg segment along its length: the direction from its joint to its centre of mass.
 * Shape centres move towards the joint; the shape dimension most aligned with that direction is
 * stretched; the mass scales with the volume, and the inertia is re-derived from the shapes.
 */
final class SegmentScaler {

    private SegmentScaler() {
    }

    static Link scale(Link link, Vec3 jointAnchorM, double factor) {
        Vec3 along = link.comM().minus(jointAnchorM);
        if (link.geoms().isEmpty() || along.norm() < 1e-9) {
            Vec3 com = jointAnchorM.plus(along.times(factor));
            Optional<Inertia> inertia = link.inertia().map(i -> new Inertia(i.ixx() * factor * factor,
                    i.iyy() * factor * factor, i.izz() * factor * factor, i.ixy() * factor * factor,
                    i.ixz() * factor * factor, i.iyz() * factor * factor));
            return new Link(link.name(), link.massKg() * factor, com, inertia, link.geoms());
        }
        Vec3 dir = along.unit();
        List<Geom> geoms = new ArrayList<>();
        for (Geom g : link.geoms()) {
            Vec3 pos = jointAnchorM.plus(g.positionM().minus(jointAnchorM).times(factor));
            geoms.add(new Geom(stretch(g.shape(), g.rotation(), dir, factor), pos, g.rotation()));
        }
        double oldVolume = link.volumeM3();
        double newVolume = geoms.stream().mapToDouble(g -> g.shape().volumeM3()).sum();
        return Link.uniform(link.name(), link.massKg() * newVolume / oldVolume, geoms);
    }

    private static Shape stretch(Shape s, Rot r, Vec3 dir, double factor) {
        if (s instanceof Shape.Sphere) {
            return s;
        }
        int best = 0;
        double bestDot = -1;
        for (int a = 0; a < 3; a++) {
            double d = Math.abs(r.column(a).dot(dir));
            if (d > bestDot) {
                bestDot = d;
                best = a;
            }
        }
        if (s instanceof Shape.Box b) {
            return new Shape.Box(best == 0 ? b.sizeXM() * factor : b.sizeXM(),
                    best == 1 ? b.sizeYM() * factor : b.sizeYM(), best == 2 ? b.sizeZM() * factor : b.sizeZM());
        }
        return best == 2 ? s.stretchedZ(factor) : s;
    }
}
