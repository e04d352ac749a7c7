package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFormatException;

/**
 * Everything that determines the simulated physics of an episode; written into every coefficients
 * file's {@code physics} section, because evolved gaits are chaotic in these settings.
 *
 * @param controlPeriodSeconds time between control steps, s (paper: 0.0165)
 * @param substeps             physics steps per control step (paper: 4)
 * @param solverIterations     ode4j quickStep iterations per physics step
 * @param episodeSteps         control steps before {@code truncated}
 * @param earlyStop            end the episode ({@code terminated}) when the robot falls over
 * @param frictionCoef         Coulomb friction coefficient between robot and ground
 * @param servo                how joints follow position targets
 * @param sensors              encoder and IMU imperfections
 * @param randomisation        per-episode domain randomisation
 */
public record SimSettings(double controlPeriodSeconds, int substeps, int solverIterations, int episodeSteps,
                          boolean earlyStop, double frictionCoef, ServoModel servo, SensorNoise sensors,
                          DomainRandomisation randomisation) {

    /** Version of the JSON layout written by {@link #toJson()}. */
    public static final int JSON_VERSION = 1;
    /** The physics engine, recorded in the JSON. */
    public static final String ENGINE = "ode4j-0.5.3-quickstep";

    public SimSettings {
        if (!(controlPeriodSeconds > 0 && controlPeriodSeconds <= 1)) {
            throw new IllegalArgumentException("control period must be within (0, 1] s, got " + controlPeriodSeconds);
        }
        if (substeps < 1 || substeps > 100) {
            throw new IllegalArgumentException("substeps must be within [1, 100], got " + substeps);
        }
        if (solverIterations < 1 || solverIterations > 1000) {
            throw new IllegalArgumentException("solver iterations must be within [1, 1000], got " + solverIterations);
        }
        if (episodeSteps < 1) {
            throw new IllegalArgumentException("episode steps must be positive, got " + episodeSteps);
        }
        if (!(frictionCoef >= 0 && frictionCoef <= 10)) {
            throw new IllegalArgumentException("friction coefficient must be within [0, 10], got " + frictionCoef);
        }
        if (servo == null || sensors == null || randomisation == null) {
            throw new IllegalArgumentException("servo, sensors and randomisation settings are required");
        }
    }

    /**
     * The paper's timing (pybullet AntBulletEnv): 1000 control steps of 0.0165 s, 4 substeps,
     * quickStep with 10 iterations, friction 1.0 (MuJoCo Ant XML), ideal servos and sensors, no early stop.
     */
    public static SimSettings paper() {
        return new SimSettings(0.0165, 4, 10, 1000, false, 1.0, ServoModel.ideal(), SensorNoise.none(),
                DomainRandomisation.none());
    }

    /** Physics step, s. */
    public double physicsStepSeconds() {
        return controlPeriodSeconds / substeps;
    }

    public SimSettings withEpisodeSteps(int steps) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, steps, earlyStop, frictionCoef, servo,
                sensors, randomisation);
    }

    public SimSettings withEarlyStop(boolean stop) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, stop, frictionCoef,
                servo, sensors, randomisation);
    }

    public SimSettings withServo(ServoModel s) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                s, sensors, randomisation);
    }

    public SimSettings withSensors(SensorNoise s) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, s, randomisation);
    }

    public SimSettings withRandomisation(DomainRandomisation r) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, r);
    }

    public SimSettings withSolverIterations(int iterations) {
        return new SimSettings(controlPeriodSeconds, substeps, iterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation);
    }

    /** The {@code physics} section of a coefficients file. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("version", JSON_VERSION);
        o.put("engine", ENGINE);
        o.put("controlPeriodSeconds", controlPeriodSeconds);
        o.put("substeps", substeps);
        o.put("solverIterations", solverIterations);
        o.put("episodeSteps", episodeSteps);
        o.put("earlyStop", earlyStop);
        o.put("frictionCoef", frictionCoef);
        o.set("servo", servo.toJson());
        o.set("sensors", sensors.toJson());
        o.set("randomisation", randomisation.toJson());
        return o;
    }

    /**
     * Reads a {@code physics} section. Absent fields take {@link #paper()} values; wrong types, bad
     * values and another version fail with the field named.
     */
    public static SimSettings fromJson(JsonNode node) throws ModelFormatException {
        String p = "physics.";
        if (node == null || !node.isObject()) {
            throw new ModelFormatException("physics: expected an object, got " + node);
        }
        int version = JsonFields.integer(node, "version", p, JSON_VERSION);
        if (version != JSON_VERSION) {
            throw new ModelFormatException(p + "version: this build reads version " + JSON_VERSION + ", got " + version);
        }
        String engine = JsonFields.text(node, "engine", p, ENGINE);
        if (!engine.equals(ENGINE)) {
            throw new ModelFormatException(p + "engine: this build simulates with " + ENGINE + ", the file says "
                    + engine);
        }
        SimSettings d = paper();
        double period = JsonFields.number(node, "controlPeriodSeconds", p, d.controlPeriodSeconds);
        int sub = JsonFields.integer(node, "substeps", p, d.substeps);
        int it = JsonFields.integer(node, "solverIterations", p, d.solverIterations);
        int steps = JsonFields.integer(node, "episodeSteps", p, d.episodeSteps);
        boolean stop = JsonFields.bool(node, "earlyStop", p, d.earlyStop);
        double mu = JsonFields.number(node, "frictionCoef", p, d.frictionCoef);
        JsonNode s = JsonFields.section(node, "servo");
        ServoModel servo = s == null ? d.servo : ServoModel.fromJson(s, p + "servo.");
        JsonNode n = JsonFields.section(node, "sensors");
        SensorNoise sensors = n == null ? d.sensors : SensorNoise.fromJson(n, p + "sensors.");
        JsonNode r = JsonFields.section(node, "randomisation");
        DomainRandomisation rand = r == null ? d.randomisation : DomainRandomisation.fromJson(r, p + "randomisation.");
        return JsonFields.build(p, () -> new SimSettings(period, sub, it, steps, stop, mu, servo, sensors, rand));
    }
}
