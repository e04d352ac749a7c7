/** Servo bus configuration: protocol, port, joint mapping and limits, loaded from YAML or JSON. */
package io.hebbian.firmware.config;
