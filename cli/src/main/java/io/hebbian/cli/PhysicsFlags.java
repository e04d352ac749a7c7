package io.hebbian.cli;

import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.physics.Stepper;

/** The physics flags {@code evolve}, {@code evaluate} and {@code bench} share, checked the same way. */
final class PhysicsFlags {

    private PhysicsFlags() {
    }

    /** {@code --stepper exact|quick}. */
    static Stepper stepper(String id) {
        try {
            return Stepper.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException("--stepper: " + e.getMessage());
        }
    }

    /** {@code s} with {@code --substeps} physics steps per control step, or {@code s} itself when not given. */
    static SimSettings substeps(SimSettings s, Integer substeps) {
        if (substeps == null) {
            return s;
        }
        if (substeps < 1 || substeps > 100) {
            throw new Errors.UserException("--substeps must be within [1, 100], got " + substeps);
        }
        return s.withSubsteps(substeps);
    }
}
