/** Byte transport to servo boards: the {@link io.hebbian.firmware.transport.SerialLink} port and its jSerialComm implementation. */
package io.hebbian.firmware.transport;
