/** The safety layer over a servo bus: safety gate, watchdogs, e-stop, shutdown torque-off, damage injection. */
package io.hebbian.firmware.bridge;
