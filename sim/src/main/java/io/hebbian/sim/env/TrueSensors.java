package io.hebbian.sim.env;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.sim.physics.OdeRobot;
import io.hebbian.sim.robot.RobotDescription;
import org.ode4j.math.DVector3C;
import org.ode4j.ode.DBody;

/**
 * Exact joint-state and IMU readings from the simulator, before any sensor imperfection. The IMU
 * reads orientation and angular velocity of the root link, rotated into the mount frame, and the
 * proper acceleration at the root's centre of mass (velocity difference over a control period).
 */
final class TrueSensors {

    private static final double GRAVITY_MPS2 = 9.81;

    private final JointStateSample joints;
    private final ImuSample imu = new ImuSample();
    private final double[] mount;
    private final double[] bodyQ = new double[4];
    private final double[] previousVelocity = new double[3];
    private final double[] tmp = new double[3];

    TrueSensors(RobotDescription robot) {
        joints = new JointStateSample(robot.jointDescriptions().size());
        mount = Quat.fromMatrix(robot.imu().rotation().toRowMajor());
    }

    /** Reads the state at rest after a reset (acceleration = gravity reaction). */
    void reset(OdeRobot robot) {
        DVector3C v = robot.root().getLinearVel();
        previousVelocity[0] = v.get0();
        previousVelocity[1] = v.get1();
        previousVelocity[2] = v.get2();
        read(robot, Double.POSITIVE_INFINITY, 0);
    }

    /** Reads the state after a control step of {@code dtSeconds}, stamped {@code stampNanos}. */
    void read(OdeRobot robot, double dtSeconds, long stampNanos) {
        for (int k = 0; k < joints.size(); k++) {
            joints.positionRad[k] = robot.jointAngleRad(k);
            joints.velocityRadPerSec[k] = robot.jointRateRadPerSec(k);
        }
        joints.stampNanos = stampNanos;
        DBody root = robot.root();
        robot.linkQuaternion(0, bodyQ);
        Quat.multiply(bodyQ, mount, imu.orientationWxyz);
        DVector3C w = root.getAngularVel();
        Quat.rotateInverse(imu.orientationWxyz, w.get0(), w.get1(), w.get2(), imu.angularVelocityRadPerSec);
        DVector3C v = root.getLinearVel();
        tmp[0] = (v.get0() - previousVelocity[0]) / dtSeconds;
        tmp[1] = (v.get1() - previousVelocity[1]) / dtSeconds;
        tmp[2] = (v.get2() - previousVelocity[2]) / dtSeconds + GRAVITY_MPS2;
        Quat.rotateInverse(imu.orientationWxyz, tmp[0], tmp[1], tmp[2], imu.linearAccelerationMps2);
        previousVelocity[0] = v.get0();
        previousVelocity[1] = v.get1();
        previousVelocity[2] = v.get2();
        imu.stampNanos = stampNanos;
    }

    JointStateSample joints() {
        return joints;
    }

    ImuSample imu() {
        return imu;
    }

    /** The torso's up-axis z component in the world (1 upright). */
    double upZ() {
        return Quat.upZ(imu.orientationWxyz);
    }
}
