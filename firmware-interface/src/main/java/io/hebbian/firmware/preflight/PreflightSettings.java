package io.hebbian.firmware.preflight;

import java.nio.file.Path;

/**
 * Settings of a pre-flight run.
 *
 * @param sysfsRoot    where sysfs is mounted ({@code /sys}; a directory tree in tests)
 * @param cycles       read cycles to time at the model's rate, 1..10000
 * @param bridgeRateHz the servo bridge's own loop rate, Hz; NaN if unknown (not checked)
 */
public record PreflightSettings(Path sysfsRoot, int cycles, double bridgeRateHz) {

    public PreflightSettings {
        if (sysfsRoot == null) {
            throw new IllegalArgumentException("sysfs root must be a path, e.g. /sys; got null");
        }
        if (cycles < 1 || cycles > 10_000) {
            throw new IllegalArgumentException("cycles must be in 1..10000, got " + cycles);
        }
        if (!(Double.isNaN(bridgeRateHz) || bridgeRateHz > 0)) {
            throw new IllegalArgumentException("bridge rate must be > 0 Hz (or NaN), got " + bridgeRateHz);
        }
    }

    /** {@code /sys}, 60 cycles, bridge rate not checked. */
    public static PreflightSettings defaults() {
        return new PreflightSettings(Path.of("/sys"), 60, Double.NaN);
    }

    public PreflightSettings withSysfsRoot(Path root) {
        return new PreflightSettings(root, cycles, bridgeRateHz);
    }

    public PreflightSettings withCycles(int n) {
        return new PreflightSettings(sysfsRoot, n, bridgeRateHz);
    }

    public PreflightSettings withBridgeRateHz(double hz) {
        return new PreflightSettings(sysfsRoot, cycles, hz);
    }
}
