/** The protocol-neutral servo bus interface, its errors and counters, and joint unit mapping. */
package io.hebbian.firmware.bus;
