package io.hebbian.sim.env;

import java.util.Locale;

/**
 * How the simulator turns the policy's actions (one value in [-1, 1] per joint) into joint motion.
 * Recorded in a model's physics section; robot nodes accept only {@code position}
 * ({@link io.hebbian.controller.io.RobotDeployment}).
 */
public enum ControlMode {
    /** Each action is a position target within the joint's limits, tracked by a servo model (robots do this). */
    POSITION,
    /**
     * Each action times the joint's torque cap is applied as a joint torque every physics substep, no servo, the
     * limit stops still active (pybullet's AntBulletEnv); the velocity motor is off but for a friction of 0.01% of
     * the cap, which keeps ode4j's exact stepper stable. Simulation only: robot nodes command positions.
     */
    TORQUE;

    /** The id in files and on the command line: {@code position} or {@code torque}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode of {@code id}; IllegalArgumentException naming both ids otherwise. */
    public static ControlMode fromId(String id) {
        for (ControlMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown control mode '" + id + "'; expected position or torque");
    }
}
