package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;

/**
 * Imperfections of the simulated joint encoders and IMU. Noise values are standard deviations of
 * zero-mean Gaussian noise added to every reading; biases are standard deviations of a constant
 * offset drawn once per episode; readings reach the controller {@code latencySteps} control steps
 * late; with probability {@code dropProbability} a reading is lost and the previous one repeats.
 *
 * @param jointPositionRad        encoder position noise, rad
 * @param jointVelocityRadPerSec  encoder velocity noise, rad/s
 * @param jointPositionBiasRad    per-episode encoder offset, rad
 * @param orientationRad          IMU orientation noise (small random rotation per axis), rad
 * @param gyroRadPerSec           gyro noise, rad/s
 * @param gyroBiasRadPerSec       per-episode gyro bias, rad/s
 * @param accelMps2               accelerometer noise, m/s²
 * @param latencySteps            sensor latency, control steps, in [0, 100]
 * @param dropProbability         probability a reading is lost, in [0, 1)
 */
public record SensorNoise(double jointPositionRad, double jointVelocityRadPerSec, double jointPositionBiasRad,
                          double orientationRad, double gyroRadPerSec, double gyroBiasRadPerSec, double accelMps2,
                          int latencySteps, double dropProbability) {

    public SensorNoise {
        double[] all = {jointPositionRad, jointVelocityRadPerSec, jointPositionBiasRad, orientationRad, gyroRadPerSec,
            gyroBiasRadPerSec, accelMps2};
        for (double v : all) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("sensor noise values must be non-negative numbers, got " + v);
            }
        }
        if (latencySteps < 0 || latencySteps > 100) {
            throw new IllegalArgumentException("sensor latency must be within [0, 100] control steps, got "
                    + latencySteps);
        }
        if (!(dropProbability >= 0 && dropProbability < 1)) {
            throw new IllegalArgumentException("drop probability must be within [0, 1), got " + dropProbability);
        }
    }

    /** Perfect sensors. */
    public static SensorNoise none() {
        return new SensorNoise(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Noise of typical hobby hardware: 12-bit encoders, an MPU-6050-class IMU, one step of latency. */
    public static SensorNoise typical() {
        return new SensorNoise(0.002, 0.05, 0.01, 0.005, 0.01, 0.005, 0.05, 1, 0.0);
    }

    public boolean isNone() {
        return equals(none());
    }

    /** This noise with every standard deviation multiplied by {@code scale} (≥ 0). */
    public SensorNoise scaled(double scale) {
        return new SensorNoise(jointPositionRad * scale, jointVelocityRadPerSec * scale, jointPositionBiasRad * scale,
                orientationRad * scale, gyroRadPerSec * scale, gyroBiasRadPerSec * scale, accelMps2 * scale,
                latencySteps, dropProbability);
    }

    public SensorNoise withLatencySteps(int steps) {
        return new SensorNoise(jointPositionRad, jointVelocityRadPerSec, jointPositionBiasRad, orientationRad,
                gyroRadPerSec, gyroBiasRadPerSec, accelMps2, steps, dropProbability);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("jointPositionRad", jointPositionRad);
        o.put("jointVelocityRadPerSec", jointVelocityRadPerSec);
        o.put("jointPositionBiasRad", jointPositionBiasRad);
        o.put("orientationRad", orientationRad);
        o.put("gyroRadPerSec", gyroRadPerSec);
        o.put("gyroBiasRadPerSec", gyroBiasRadPerSec);
        o.put("accelMps2", accelMps2);
        o.put("latencySteps", latencySteps);
        o.put("dropProbability", dropProbability);
        return o;
    }

    static SensorNoise fromJson(JsonNode n, String p) throws FormatException {
        Fields f = Fields.of(n, p, "jointPositionRad", "jointVelocityRadPerSec", "jointPositionBiasRad",
                "orientationRad", "gyroRadPerSec", "gyroBiasRadPerSec", "accelMps2", "latencySteps", "dropProbability");
        double a = f.number("jointPositionRad", 0);
        double b = f.number("jointVelocityRadPerSec", 0);
        double c = f.number("jointPositionBiasRad", 0);
        double d = f.number("orientationRad", 0);
        double e = f.number("gyroRadPerSec", 0);
        double g0 = f.number("gyroBiasRadPerSec", 0);
        double g = f.number("accelMps2", 0);
        int lat = f.integer("latencySteps", 0);
        double drop = f.number("dropProbability", 0);
        return Fields.build(p, () -> new SensorNoise(a, b, c, d, e, g0, g, lat, drop));
    }
}
