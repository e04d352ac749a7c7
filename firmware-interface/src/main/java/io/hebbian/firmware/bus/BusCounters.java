package io.hebbian.firmware.bus;

/**
 * Error counters of one bus since it was opened (a snapshot).
 *
 * @param transactions    request/response exchanges attempted
 * @param timeouts        exchanges in which some expected reply did not arrive in time
 * @param checksumErrors  received packets dropped because their CRC/checksum failed
 * @param framingErrors   impossible lengths or headers, and replies from unexpected ids
 * @param discardedBytes  bytes skipped while resynchronising on the next header
 * @param statusErrors    replies whose error field reported a failed instruction
 * @param alerts          replies with the hardware-alert bit set (overload, overheat, voltage, ...)
 * @param disconnects     times the adapter vanished
 */
public record BusCounters(long transactions, long timeouts, long checksumErrors, long framingErrors,
        long discardedBytes, long statusErrors, long alerts, long disconnects) {
}
