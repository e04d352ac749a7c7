package io.hebbian.sim.physics;

import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.DxQuickStep;

/**
 * One-time, process-wide ode4j setup. ode4j keeps a static collider table and, by default,
 * reshuffles constraints with a global RNG shared by all threads (non-reproducible); {@link #init()}
 * fills the table and turns the reshuffling off. Every world constructor calls it; it is idempotent
 * and thread-safe.
 */
public final class Physics {

    private static boolean initialised;

    private Physics() {
    }

    /** Initialises ode4j once; later calls return immediately. */
    public static synchronized void init() {
        if (initialised) {
            return;
        }
        DxQuickStep.RANDOM_CONSTRAINTS_REORDERING_FREQUENCY = Integer.MAX_VALUE;
        DxQuickStep.REUSE_OBJECTS = false;
        OdeHelper.initODE2(0);
        initialised = true;
    }
}
