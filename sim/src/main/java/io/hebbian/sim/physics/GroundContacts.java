package io.hebbian.sim.physics;

import org.ode4j.ode.DBody;
import org.ode4j.ode.DContact;
import org.ode4j.ode.DContactBuffer;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DJointGroup;
import org.ode4j.ode.DPlane;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;

/**
 * Collides the robot's geoms with the ground plane z = 0 (no self-collision, as MuJoCo and
 * pybullet do for the Ant) and records which feet touch and how deep anything sinks.
 */
public final class GroundContacts {

    private static final int MAX_CONTACTS = 4;
    /** Fraction of ground penetration corrected per physics step (pybullet's default contact ERP is 0.9). */
    private static final double CONTACT_ERP = 0.8;

    private final DWorld world;
    private final DPlane plane;
    private final DJointGroup group = OdeHelper.createJointGroup();
    private final DContactBuffer buffer = new DContactBuffer(MAX_CONTACTS);
    private final DGeom[] geoms;
    private final int[] geomLeg;
    private final boolean[] footContact;
    private double frictionCoef;
    private double maxDepthM;

    GroundContacts(DWorld world, DGeom[] geoms, int[] geomLeg, int legs, double frictionCoef) {
        this.world = world;
        this.plane = OdeHelper.createPlane(null, 0, 0, 1, 0);
        this.geoms = geoms;
        this.geomLeg = geomLeg;
        this.footContact = new boolean[legs];
        setFriction(frictionCoef);
    }

    void setFriction(double mu) {
        if (!(mu >= 0) || !Double.isFinite(mu)) {
            throw new IllegalArgumentException("friction coefficient must be a non-negative number, got " + mu);
        }
        this.frictionCoef = mu;
    }

    void collide() {
        for (int g = 0; g < geoms.length; g++) {
            DGeom geom = geoms[g];
            int n = OdeHelper.collide(geom, plane, MAX_CONTACTS, buffer.getGeomBuffer());
            if (n == 0) {
                continue;
            }
            DBody body = geom.getBody();
            for (int i = 0; i < n; i++) {
                DContact c = buffer.get(i);
                c.surface.mode = OdeConstants.dContactApprox1 | OdeConstants.dContactSoftERP;
                c.surface.soft_erp = CONTACT_ERP;
                c.surface.mu = frictionCoef;
                c.surface.bounce = 0;
                maxDepthM = Math.max(maxDepthM, c.geom.depth);
                OdeHelper.createContactJoint(world, group, c).attach(body, null);
            }
            if (geomLeg[g] >= 0) {
                footContact[geomLeg[g]] = true;
            }
        }
    }

    void release() {
        group.empty();
    }

    /** Forgets feet contacts and the deepest penetration seen (call at the start of a control step). */
    public void clear() {
        java.util.Arrays.fill(footContact, false);
        maxDepthM = 0;
    }

    /** Whether leg {@code leg}'s foot link touched the ground since {@link #clear()}. */
    public boolean footContact(int leg) {
        return footContact[leg];
    }

    public int legCount() {
        return footContact.length;
    }

    /** Deepest ground penetration since {@link #clear()}, metres. */
    public double maxPenetrationM() {
        return maxDepthM;
    }

    void destroy() {
        group.destroy();
        for (DGeom g : geoms) {
            g.destroy();
        }
        plane.destroy();
    }
}
