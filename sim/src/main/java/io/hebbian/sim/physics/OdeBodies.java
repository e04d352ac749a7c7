package io.hebbian.sim.physics;

import io.hebbian.sim.geometry.Rot;
import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.robot.Geom;
import io.hebbian.sim.robot.Inertia;
import io.hebbian.sim.robot.Link;
import io.hebbian.sim.robot.Shape;
import org.ode4j.math.DMatrix3;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DMass;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeHelper;

/**
 * Builds ode4j bodies, masses and collision geoms for {@link Link}s. Each body sits at its link's
 * centre of mass with the world's orientation at the zero pose (ode4j needs the centre of mass at
 * the body origin); geoms are offset from it.
 */
final class OdeBodies {

    private OdeBodies() {
    }

    static DMatrix3 matrix(Rot r) {
        return new DMatrix3(r.get(0, 0), r.get(0, 1), r.get(0, 2), r.get(1, 0), r.get(1, 1), r.get(1, 2),
                r.get(2, 0), r.get(2, 1), r.get(2, 2));
    }

    /** A body for {@code link} at its zero-pose centre of mass, mass scaled by {@code massScale}. */
    static DBody body(DWorld world, Link link, double massScale) {
        DBody b = OdeHelper.createBody(world);
        b.setPosition(link.comM().x(), link.comM().y(), link.comM().z());
        b.setMass(mass(link, massScale));
        return b;
    }

    /** The link's mass about its centre of mass, times {@code massScale}. */
    static DMass mass(Link link, double massScale) {
        DMass total = OdeHelper.createMass();
        if (link.inertia().isPresent()) {
            Inertia i = link.inertia().get();
            total.setParameters(link.massKg() * massScale, 0, 0, 0, i.ixx() * massScale, i.iyy() * massScale,
                    i.izz() * massScale, i.ixy() * massScale, i.ixz() * massScale, i.iyz() * massScale);
            return total;
        }
        total.setZero();
        for (Geom g : link.geoms()) {
            DMass m = OdeHelper.createMass();
            Shape s = g.shape();
            if (s instanceof Shape.Sphere sp) {
                m.setSphere(1.0, sp.radiusM());
            } else if (s instanceof Shape.Capsule c) {
                m.setCapsule(1.0, 3, c.radiusM(), c.lengthM());
            } else if (s instanceof Shape.Cylinder c) {
                m.setCylinder(1.0, 3, c.radiusM(), c.lengthM());
            } else {
                Shape.Box bx = (Shape.Box) s;
                m.setBox(1.0, bx.sizeXM(), bx.sizeYM(), bx.sizeZM());
            }
            m.rotate(matrix(g.rotation()));
            Vec3 d = g.positionM().minus(link.comM());
            m.translate(d.x(), d.y(), d.z());
            total.add(m);
        }
        total.translate(-total.getC().get0(), -total.getC().get1(), -total.getC().get2());
        total.adjust(link.massKg() * massScale);
        return total;
    }

    /** A collision geom for {@code g}, attached to {@code body} whose zero-pose origin is {@code originM}. */
    static DGeom geom(Geom g, DBody body, Vec3 originM) {
        Shape s = g.shape();
        DGeom geom;
        if (s instanceof Shape.Sphere sp) {
            geom = OdeHelper.createSphere(null, sp.radiusM());
        } else if (s instanceof Shape.Capsule c) {
            geom = OdeHelper.createCapsule(null, c.radiusM(), c.lengthM());
        } else if (s instanceof Shape.Cylinder c) {
            geom = OdeHelper.createCylinder(null, c.radiusM(), c.lengthM());
        } else {
            Shape.Box bx = (Shape.Box) s;
            geom = OdeHelper.createBox(null, bx.sizeXM(), bx.sizeYM(), bx.sizeZM());
        }
        geom.setBody(body);
        Vec3 d = g.positionM().minus(originM);
        geom.setOffsetPosition(d.x(), d.y(), d.z());
        geom.setOffsetRotation(matrix(g.rotation()));
        return geom;
    }
}
