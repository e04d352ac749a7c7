package io.hebbian.sim.physics;

import org.ode4j.math.DVector3C;
import org.ode4j.ode.DJoint.DJointFeedback;

/**
 * Reads the axial torque a hinge's constraints (motor, limit stops) exerted on its child link from ODE's joint
 * feedback. ODE reports the torque about the child's centre of mass, which includes the moment of the hinge's
 * anchor force; that moment is removed here.
 */
final class HingeFeedback {

    private HingeFeedback() {
    }

    /**
     * @param fb       the joint's feedback after a step (Not modified)
     * @param axis     the hinge axis, world frame (Not modified)
     * @param anchor   the hinge anchor on the child, world frame (Not modified)
     * @param childCom the child's centre of mass, world frame (Not modified)
     * @return the torque about {@code axis} on the child, N·m
     */
    static double axialTorqueNm(DJointFeedback fb, DVector3C axis, DVector3C anchor, DVector3C childCom) {
        double rx = anchor.get0() - childCom.get0();
        double ry = anchor.get1() - childCom.get1();
        double rz = anchor.get2() - childCom.get2();
        // ode4j 0.5.3's quickStep writes body 1's feedback into f2/t2 and never fills f1/t1 (its stage 4
        // stores both bodies' parts into f2/t2, body 1's last). Read f2/t2 while f1/t1 stay empty, so a
        // fixed ode4j (which fills f1/t1) is read correctly too.
        boolean quickStepBug = isZero(fb.f1) && isZero(fb.t1);
        DVector3C f = quickStepBug ? fb.f2 : fb.f1;
        DVector3C t = quickStepBug ? fb.t2 : fb.t1;
        return axis.get0() * (t.get0() - (ry * f.get2() - rz * f.get1()))
                + axis.get1() * (t.get1() - (rz * f.get0() - rx * f.get2()))
                + axis.get2() * (t.get2() - (rx * f.get1() - ry * f.get0()));
    }

    private static boolean isZero(DVector3C v) {
        return v.get0() == 0 && v.get1() == 0 && v.get2() == 0;
    }
}
