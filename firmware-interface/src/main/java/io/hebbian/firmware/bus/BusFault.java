package io.hebbian.firmware.bus;

/**
 * A fault latched in one servo, read from its registers.
 *
 * @param id                  servo id
 * @param hardwareErrorBits   the servo's hardware error bits (Dynamixel Hardware Error Status, address 70); 0 none
 * @param busWatchdogExpired  the servo's bus watchdog fired: it stopped and ignores goal writes until re-armed
 * @param description         one line for people, e.g. {@code "servo 3: hardware error (overload)"}
 */
public record BusFault(int id, int hardwareErrorBits, boolean busWatchdogExpired, String description) {
}
