/**
 * Servo bus configuration: protocol, port, joint mapping and limits, loaded from YAML or JSON; calibrated values
 * written back into the same file ({@link io.hebbian.firmware.config.ServoConfigWriter}).
 */
package io.hebbian.firmware.config;
