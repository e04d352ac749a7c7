package io.hebbian.firmware.bus;

/**
 * A servo that answered a ping.
 *
 * @param id          bus id (Dynamixel/Feetech) or channel (Maestro)
 * @param modelNumber model number reported by the servo; -1 if the protocol has none
 * @param firmware    firmware version; -1 if unknown
 */
public record PingResult(int id, int modelNumber, int firmware) {
}
