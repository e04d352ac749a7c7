/**
 * {@code hebbian servo calibrate}: measuring each joint's zero offset, direction and limits by hand. The walk-through
 * is a pure state machine ({@link io.hebbian.firmware.calibration.Calibration}: prompts out, answers and position
 * readings in); {@link io.hebbian.firmware.calibration.CalibrationSession} runs it against a
 * {@link io.hebbian.firmware.bus.ServoBus}, with torque off except during the short direction move of one joint.
 */
package io.hebbian.firmware.calibration;
