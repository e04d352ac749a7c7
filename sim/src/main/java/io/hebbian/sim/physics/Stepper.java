package io.hebbian.sim.physics;

import java.util.Locale;

/**
 * How ode4j solves the joint and contact constraints of a physics step.
 */
public enum Stepper {
    /**
     * {@code dWorldQuickStep}: projected Gauss-Seidel with a fixed iteration count. At the Ant's
     * 10 iterations its hinges bend (about 1.3° axis misalignment on average during an evolved gait,
     * 15° at worst), a compliance that evolved gaits exploit and real servos do not have.
     */
    QUICK("quick", "ode4j-0.5.3-quickstep"),
    /**
     * {@code dWorldStep}: the exact Dantzig LCP solve. Hinges stay rigid (about 0.03° on average,
     * under 0.2° at worst, during the same gait) for roughly 1.5× the cost of 10 quickStep
     * iterations, cheaper than the 30+ iterations quickStep needs to get near that.
     */
    EXACT("exact", "ode4j-0.5.3-step");

    private final String id;
    private final String engine;

    Stepper(String id, String engine) {
        this.id = id;
        this.engine = engine;
    }

    /** The name on the command line. */
    public String id() {
        return id;
    }

    /** The engine string recorded in a model's {@code physics} section. */
    public String engine() {
        return engine;
    }

    /** Parses {@code quick|exact}. */
    public static Stepper fromId(String id) {
        for (Stepper s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stepper '" + id + "'; expected quick or exact");
    }

    /** The stepper an engine string names, or null when this build has none by that name. */
    public static Stepper fromEngine(String engine) {
        for (Stepper s : values()) {
            if (s.engine.equals(engine)) {
                return s;
            }
        }
        return null;
    }
}
