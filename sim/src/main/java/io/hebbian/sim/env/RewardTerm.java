package io.hebbian.sim.env;

import java.util.Locale;

/**
 * The named terms of a step's reward. Only {@link #PROGRESS} enters {@link StepResult#reward()}
 * (the paper's fitness); the others are recorded for analysis and shaped fitness functions.
 */
public enum RewardTerm {
    /** Torso displacement along +x this step, metres. */
    PROGRESS,
    /** Mean |Δaction| over joints this step (action units, [0, 2]). */
    ACTION_RATE,
    /** Number of joints within 1 % of a limit (pybullet's joints_at_limit). */
    JOINTS_AT_LIMIT,
    /** Torso up-axis z component: 1 upright, -1 upside down. */
    UPRIGHT,
    /**
     * Mechanical work at the joints this step, joules: Σ over joints of |Σ over substeps of torque · rate · dt|
     * (each joint's work netted over the control period).
     */
    ENERGY;

    /** The id in maps and files, e.g. {@code action_rate}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
