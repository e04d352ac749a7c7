package io.hebbian.controller.safety;

/** What the {@link SafetyGate} did to one command, most severe last. */
public enum GateOutcome {
    /** Passed unchanged. */
    PASSED,
    /** At least one target was moved by the per-step rate limit. */
    RATE_LIMITED,
    /** At least one target was clamped to its joint limits. */
    CLAMPED,
    /** A target was not finite: the whole command was replaced by the last safe one. */
    HELD_NON_FINITE,
    /** A target was not finite and no safe command exists yet: nothing may be sent. */
    REJECTED;

    /**
     * True for {@link #PASSED}, {@link #RATE_LIMITED} and {@link #CLAMPED}: a new, finite target left
     * the gate. Only such a command may be sent on and feed a watchdog; a held or rejected command
     * means the command source is faulty and must let the watchdog expire.
     */
    public boolean isFreshCommand() {
        return this == PASSED || this == RATE_LIMITED || this == CLAMPED;
    }
}
