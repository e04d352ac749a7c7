package io.hebbian.firmware.preflight;

import io.hebbian.firmware.config.ServoConfig;

/**
 * Bytes on the line for one control cycle (write all goals + read all states) of a protocol, as the
 * buses here send them; at 10 bits per byte (8N1).
 */
final class WireBudget {

    private WireBudget() {
    }

    /** Bytes of one write + read cycle for {@code config}'s protocol and joint count. */
    static int bytesPerCycle(ServoConfig config) {
        int n = config.joints().size();
        return switch (config.protocol()) {
            // SYNC_WRITE 14+5n; SYNC_READ request 14+n; replies 19 each, or one FAST_SYNC_READ reply 8+12n
            case DYNAMIXEL2 -> config.fastSyncRead() ? 36 + 18 * n : 28 + 25 * n;
            // SYNC_WRITE 8+3n; SYNC_READ request 8+n; replies 10 each
            case FEETECH_STS, FEETECH_SCS -> 16 + 14 * n;
            // Set Multiple Targets 3+2n; Get Position 2 + 2 per channel
            case MAESTRO -> 3 + 6 * n;
        };
    }

    /** Line time of one cycle, seconds. */
    static double wireSeconds(ServoConfig config) {
        return bytesPerCycle(config) * 10.0 / config.baud();
    }

    /** Bytes of the write alone (the pre-flight check does not write), seconds on the line. */
    static double writeSeconds(ServoConfig config) {
        int n = config.joints().size();
        int bytes = switch (config.protocol()) {
            case DYNAMIXEL2 -> 14 + 5 * n;
            case FEETECH_STS, FEETECH_SCS -> 8 + 3 * n;
            case MAESTRO -> 3 + 2 * n;
        };
        return bytes * 10.0 / config.baud();
    }
}
