package io.hebbian.firmware.bus;

/**
 * Health readings of one servo.
 *
 * @param id            servo id
 * @param temperatureC  internal temperature, degrees Celsius; NaN if the protocol has none or it did not answer
 * @param voltageV      supply voltage at the servo, volts; NaN if the protocol has none or it did not answer
 */
public record ServoTelemetry(int id, double temperatureC, double voltageV) {

    /** True if the servo answered the telemetry read. */
    public boolean answered() {
        return !Double.isNaN(temperatureC) || !Double.isNaN(voltageV);
    }
}
