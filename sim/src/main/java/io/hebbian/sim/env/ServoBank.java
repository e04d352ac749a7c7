package io.hebbian.sim.env;

import io.hebbian.sim.physics.OdeRobot;
import io.hebbian.sim.robot.Joint;
import java.util.List;

/**
 * The position servos of one robot: turns position targets into hinge-motor commands each physics
 * substep according to a {@link ServoModel}; under {@link ControlMode#TORQUE torque control} it applies
 * the actions as joint torques instead ({@link #driveTorque}), with the same torque caps and damage state.
 * Allocation-free after construction.
 */
final class ServoBank {

    /**
     * Under torque control each joint's velocity motor holds velocity 0 with this fraction of its torque cap: a
     * joint friction of 0.01% (0.025 N·m on ant-pybullet). ode4j's exact stepper (dWorldStep) blows up with
     * unpowered hinges on their limit stops (the Ant flies off within 40-180 control steps, even at zero torque and
     * 16 substeps); with this friction it stays stable, and 0.01% of the torque changes nothing else measurable.
     */
    static final double TORQUE_CONTROL_FRICTION_FRACTION = 1e-4;

    private final ServoModel model;
    private final double[] velocityCap;
    private final double[] frictionNm;
    private final double[] torqueCap;
    private final double[] strengthScale;
    private final boolean[] active;
    private final double[][] queue;
    private final double[] setpoint;
    private int head;

    ServoBank(ServoModel model, List<Joint> joints) {
        this.model = model;
        int n = joints.size();
        velocityCap = new double[n];
        torqueCap = new double[n];
        frictionNm = new double[n];
        strengthScale = new double[n];
        active = new boolean[n];
        queue = new double[model.latencySteps() + 1][n];
        setpoint = new double[n];
        configure(joints);
        for (int k = 0; k < n; k++) {
            strengthScale[k] = 1.0;
        }
    }

    /**
     * Takes each joint's torque cap and whether it is driven from {@code joints} (same joints, in
     * action order, possibly with another damage state): at construction, and when a damage switches on
     * during an episode or is undone. The setpoints and the command queue are kept.
     */
    void configure(List<Joint> joints) {
        if (joints.size() != active.length) {
            throw new IllegalArgumentException("expected " + active.length + " joints, got " + joints.size());
        }
        for (int k = 0; k < active.length; k++) {
            Joint j = joints.get(k);
            velocityCap[k] = model.velocityCap(j.maxVelocityRadPerSec());
            torqueCap[k] = model.torqueCap(j.maxTorqueNm()) * j.strength();
            frictionNm[k] = TORQUE_CONTROL_FRICTION_FRACTION * model.torqueCap(j.maxTorqueNm());
            active[k] = !j.removed() && !j.locked();
        }
    }

    /** Starts an episode holding {@code targetsRad} (Not modified), with per-joint torque factors. */
    void reset(double[] targetsRad, double[] strengthFactors) {
        for (double[] row : queue) {
            System.arraycopy(targetsRad, 0, row, 0, row.length);
        }
        System.arraycopy(targetsRad, 0, setpoint, 0, setpoint.length);
        System.arraycopy(strengthFactors, 0, strengthScale, 0, strengthScale.length);
        head = 0;
    }

    /** Queues this control step's targets (Not modified); the one {@code latencySteps} old takes effect. */
    void command(double[] targetsRad) {
        System.arraycopy(targetsRad, 0, queue[head], 0, targetsRad.length);
        head = (head + 1) % queue.length;
        double[] due = queue[head];
        for (int k = 0; k < setpoint.length; k++) {
            setpoint[k] = model.setpointRad(setpoint[k], due[k]);
        }
    }

    /** Sets every hinge motor for the next physics substep from the current joint angles. */
    void drive(OdeRobot robot) {
        for (int k = 0; k < setpoint.length; k++) {
            if (!active[k]) {
                robot.setMotor(k, 0, 0);
                continue;
            }
            double v = model.velocityRadPerSec(setpoint[k] - robot.jointAngleRad(k), velocityCap[k]);
            robot.setMotor(k, v, torqueCap[k] * strengthScale[k]);
        }
    }

    /**
     * Torque control: applies {@code action[k]} × joint {@code k}'s torque cap (its strength and this episode's
     * strength factor included) for the next physics substep, the velocity motor reduced to a friction of
     * {@link #TORQUE_CONTROL_FRICTION_FRACTION} of the cap (a limp joint keeps it too); a removed or locked joint
     * gets no torque and no motor.
     *
     * @param actions one value in [-1, 1] per joint (Not modified)
     */
    void driveTorque(OdeRobot robot, double[] actions) {
        for (int k = 0; k < actions.length; k++) {
            robot.setMotor(k, 0, active[k] ? frictionNm[k] : 0.0);
            robot.setJointTorque(k, active[k] ? actions[k] * torqueCap[k] * strengthScale[k] : 0.0);
        }
    }

    /** The setpoint joint {@code k} currently tracks, radians. */
    double setpointRad(int k) {
        return setpoint[k];
    }
}
