package io.hebbian.firmware.preflight;

/** How bad a pre-flight finding is. Any {@link #BLOCKER} forbids enabling torque. */
public enum Severity {
    /** Checked and fine. */
    OK,
    /** Works, but worse than it should be (slower cycle, clamped commands); the line says the fix. */
    WARN,
    /** Torque must not be enabled until this is fixed. */
    BLOCKER
}
