/**
 * Serial servo-board protocols (Dynamixel 2.0, Feetech STS/SCS, Pololu Maestro) behind one
 * {@link io.hebbian.firmware.bus.ServoBus} interface, the jSerialComm transport, the per-joint
 * configuration and the {@link io.hebbian.firmware.bridge.ServoBridge} safety layer.
 */
package io.hebbian.firmware;
