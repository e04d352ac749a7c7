package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import java.util.List;

/**
 * How a position servo follows its target. Each physics substep the hinge velocity motor is set to
 * {@code clamp((setpoint - angle) / timeConstant, ±maxVelocity)} with the joint's torque cap, so an
 * unsaturated servo has a first-order step response with time constant {@code timeConstantSeconds}.
 * The setpoint is the commanded target delayed by {@code latencySteps} control steps and passed
 * through a backlash band (it moves only when the command leaves ±backlash/2 around it); errors
 * inside the deadband are not corrected.
 *
 * @param name                 preset name or {@code custom}
 * @param timeConstantSeconds  first-order time constant, s, positive
 * @param maxVelocityRadPerSec speed cap, rad/s; 0 = use the joint's own limit
 * @param maxTorqueNm          torque cap, N·m; 0 = use the joint's own limit
 * @param deadbandRad          position deadband, rad, ≥ 0
 * @param backlashRad          total backlash play, rad, ≥ 0
 * @param latencySteps         command latency, control steps, ≥ 0
 */
public record ServoModel(String name, double timeConstantSeconds, double maxVelocityRadPerSec, double maxTorqueNm,
                         double deadbandRad, double backlashRad, int latencySteps) {

    public ServoModel {
        if (!(timeConstantSeconds > 0) || !Double.isFinite(timeConstantSeconds)) {
            throw new IllegalArgumentException("servo time constant must be a positive number of seconds, got "
                    + timeConstantSeconds);
        }
        nonNegative("servo max velocity", maxVelocityRadPerSec);
        nonNegative("servo max torque", maxTorqueNm);
        nonNegative("servo deadband", deadbandRad);
        nonNegative("servo backlash", backlashRad);
        if (latencySteps < 0 || latencySteps > 100) {
            throw new IllegalArgumentException("servo latency must be within [0, 100] control steps, got " + latencySteps);
        }
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a non-negative number, got " + v);
        }
    }

    /** The default drive: τ = 0.05 s (P gain 20 /s), the joint's own speed and torque caps, no imperfections. */
    public static ServoModel ideal() {
        return new ServoModel("ideal", 0.05, 0, 0, 0, 0, 0);
    }

    /** ROBOTIS Dynamixel XL430-W250 at 11.1 V: 1.4 N·m stall, 57 rpm, 0.088° resolution, ~0.25° backlash. */
    public static ServoModel dynamixelXl430() {
        return new ServoModel("dynamixel-xl430", 0.04, 6.0, 1.4, 0.0015, 0.0044, 1);
    }

    /** ROBOTIS Dynamixel XM430-W350 at 12 V: 4.1 N·m stall, 46 rpm, 0.088° resolution, ~0.25° backlash. */
    public static ServoModel dynamixelXm430() {
        return new ServoModel("dynamixel-xm430", 0.03, 4.8, 4.1, 0.0015, 0.0044, 1);
    }

    /** MG996R-class hobby PWM servo at 6 V: ~1.1 N·m, 0.17 s/60°, ~0.5° deadband, ~1° backlash, 50 Hz frames. */
    public static ServoModel hobbyPwm() {
        return new ServoModel("hobby-pwm", 0.06, 6.2, 1.1, 0.0087, 0.0175, 2);
    }

    /** Preset names accepted by {@link #preset}. */
    public static List<String> presetNames() {
        return List.of("ideal", "dynamixel-xl430", "dynamixel-xm430", "hobby-pwm");
    }

    /** A preset by name; IllegalArgumentException listing the names otherwise. */
    public static ServoModel preset(String name) {
        return switch (name) {
            case "ideal" -> ideal();
            case "dynamixel-xl430" -> dynamixelXl430();
            case "dynamixel-xm430" -> dynamixelXm430();
            case "hobby-pwm" -> hobbyPwm();
            default -> throw new IllegalArgumentException("unknown servo preset '" + name + "'; expected one of "
                    + presetNames());
        };
    }

    /** Effective speed cap for a joint whose own limit is {@code jointLimit}, rad/s. */
    public double velocityCap(double jointLimit) {
        return maxVelocityRadPerSec > 0 ? Math.min(maxVelocityRadPerSec, jointLimit) : jointLimit;
    }

    /** Effective torque cap for a joint whose own limit is {@code jointLimit}, N·m. */
    public double torqueCap(double jointLimit) {
        return maxTorqueNm > 0 ? Math.min(maxTorqueNm, jointLimit) : jointLimit;
    }

    /**
     * The drive law: the joint speed this servo commands for a position error, rad/s. Zero inside the
     * deadband, else {@code error / timeConstant} clamped to {@code ±capRadPerSec}. The simulator applies it
     * every physics substep; the step-response fit ({@code io.hebbian.sim.servo}) integrates the same law.
     *
     * @param errorRad     setpoint minus joint angle, radians
     * @param capRadPerSec speed cap, rad/s, positive (see {@link #velocityCap}); infinite for none
     */
    public double velocityRadPerSec(double errorRad, double capRadPerSec) {
        double v = Math.abs(errorRad) <= deadbandRad ? 0.0 : errorRad * (1.0 / timeConstantSeconds);
        return Math.max(-capRadPerSec, Math.min(capRadPerSec, v));
    }

    /**
     * The backlash band: the setpoint the servo tracks after a command arrives, radians. It moves only
     * when the command leaves ±{@code backlashRad}/2 around the current setpoint, and then by the excess.
     */
    public double setpointRad(double setpointRad, double commandRad) {
        double half = 0.5 * backlashRad;
        if (commandRad > setpointRad + half) {
            return commandRad - half;
        }
        if (commandRad < setpointRad - half) {
            return commandRad + half;
        }
        return setpointRad;
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", name);
        o.put("timeConstantSeconds", timeConstantSeconds);
        o.put("maxVelocityRadPerSec", maxVelocityRadPerSec);
        o.put("maxTorqueNm", maxTorqueNm);
        o.put("deadbandRad", deadbandRad);
        o.put("backlashRad", backlashRad);
        o.put("latencySteps", latencySteps);
        return o;
    }

    /**
     * Reads a servo object (the {@code physics.servo} section of a model file, the {@code servo} section of a
     * preset file). Absent fields take the ideal servo's values; unknown keys and bad values fail with the
     * field named after {@code path}.
     */
    public static ServoModel fromJson(JsonNode n, String path) throws FormatException {
        Fields f = Fields.of(n, path, "name", "timeConstantSeconds", "maxVelocityRadPerSec", "maxTorqueNm",
                "deadbandRad", "backlashRad", "latencySteps");
        ServoModel d = ideal();
        String name = f.text("name", "custom");
        double tau = f.number("timeConstantSeconds", d.timeConstantSeconds);
        double v = f.number("maxVelocityRadPerSec", 0);
        double t = f.number("maxTorqueNm", 0);
        double db = f.number("deadbandRad", 0);
        double bl = f.number("backlashRad", 0);
        int lat = f.integer("latencySteps", 0);
        return Fields.build(path, () -> new ServoModel(name, tau, v, t, db, bl, lat));
    }
}
