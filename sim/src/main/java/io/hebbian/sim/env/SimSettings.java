package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.sim.physics.Stepper;

/**
 * Everything that determines the simulated physics of an episode; written into every coefficients
 * file's {@code physics} section, because evolved gaits are chaotic in these settings.
 *
 * @param controlPeriodSeconds time between control steps, s (paper: 0.0165)
 * @param substeps             physics steps per control step (paper: 4)
 * @param solverIterations     ode4j quickStep iterations per physics step (unused by the exact stepper)
 * @param episodeSteps         control steps before {@code truncated}
 * @param earlyStop            end the episode ({@code terminated}) when the robot falls over, or after
 *                             step {@value QuadrupedEnv#NO_PROGRESS_GRACE_STEPS} once it has advanced less than
 *                             {@value QuadrupedEnv#NO_PROGRESS_M} m over the last
 *                             {@value QuadrupedEnv#NO_PROGRESS_STEPS} steps (after the reference code's rule); a
 *                             training option: evaluation runs whole episodes
 * @param frictionCoef         Coulomb friction coefficient between robot and ground
 * @param servo                how joints follow position targets
 * @param sensors              encoder and IMU imperfections
 * @param randomisation        per-episode domain randomisation
 * @param stepper              how ode4j solves constraints (recorded as the {@code engine} string)
 * @param control              how actions drive the joints; {@link ControlMode#TORQUE} needs the ideal servo
 *                             (no servo is simulated)
 * @param maxTargetStepRad     largest change of any joint's position target per control step, radians: the policy
 *                             node's safety-gate rate limit ({@code max_step_rad}) applied in simulation, so a gait
 *                             trained with it is the gait the node lets through; {@link Double#POSITIVE_INFINITY}
 *                             for none (position control only)
 */
public record SimSettings(double controlPeriodSeconds, int substeps, int solverIterations, int episodeSteps,
                          boolean earlyStop, double frictionCoef, ServoModel servo, SensorNoise sensors,
                          DomainRandomisation randomisation, Stepper stepper, ControlMode control,
                          double maxTargetStepRad) {

    /** No rate limit on the position targets. */
    public static final double NO_TARGET_STEP_LIMIT = Double.POSITIVE_INFINITY;

    /** Version of the JSON layout written by {@link #toJson()}. */
    public static final int JSON_VERSION = 1;
    /**
     * Physics steps per control step for new runs with the exact stepper. Measured with {@code bench
     * --model} on an evolved gait (models/adaptive/contacts/hebbian-s1.json): 4 substeps 200 µs per
     * control step, hinge axis error 0.021° mean / 0.21° max; 2 substeps 100 µs, 0.088° / 0.73°;
     * 1 substep 51 µs, 0.38° / 2.5°. 2 is the cheapest that keeps the mean under 0.2° (issue 17's bound), so it
     * is the default of new runs; runs and models keep the substeps they were trained with (file key
     * {@code substeps}).
     */
    public static final int RECOMMENDED_EXACT_SUBSTEPS = 2;
    /** Key of {@link #maxTargetStepRad} in the {@code physics} section; absent: no limit (files written before it). */
    public static final String MAX_TARGET_STEP_KEY = RobotDeployment.MAX_TARGET_STEP_KEY;
    /** The physics engine of files written before the stepper was a choice. */
    public static final String ENGINE = Stepper.QUICK.engine();

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
        if (servo == null || sensors == null || randomisation == null || stepper == null || control == null) {
            throw new IllegalArgumentException("servo, sensors, randomisation, stepper and control settings are required");
        }
        if (control == ControlMode.TORQUE && !servo.equals(ServoModel.ideal())) {
            throw new IllegalArgumentException("torque control applies the action as a joint torque, without a servo; "
                    + "the servo model must be ideal, got " + servo.name());
        }
        if (!(maxTargetStepRad > 0)) {
            throw new IllegalArgumentException("the target step limit must be a positive number of radians (or none), got "
                    + maxTargetStepRad);
        }
        if (control == ControlMode.TORQUE && maxTargetStepRad != NO_TARGET_STEP_LIMIT) {
            throw new IllegalArgumentException("torque control has no position targets to rate-limit; got a target step "
                    + "limit of " + maxTargetStepRad + " rad");
        }
    }

    /** Whether position targets are rate-limited ({@link #maxTargetStepRad} is finite). */
    public boolean hasTargetStepLimit() {
        return maxTargetStepRad != NO_TARGET_STEP_LIMIT;
    }

    /**
     * The paper's timing (pybullet AntBulletEnv): 1000 control steps of 0.0165 s, 4 substeps,
     * quickStep with 10 iterations, friction 1.0 (MuJoCo Ant XML), ideal servos and sensors, no early stop,
     * position control.
     */
    public static SimSettings paper() {
        return new SimSettings(0.0165, 4, 10, 1000, false, 1.0, ServoModel.ideal(), SensorNoise.none(),
                DomainRandomisation.none(), Stepper.QUICK, ControlMode.POSITION, NO_TARGET_STEP_LIMIT);
    }

    /**
     * What new training runs use: the paper's control period with the {@link Stepper#EXACT exact} stepper
     * (rigid hinges) at {@link #RECOMMENDED_EXACT_SUBSTEPS} substeps and the early stop on.
     */
    public static SimSettings recommended() {
        return recommended(Stepper.EXACT);
    }

    /**
     * What new training runs with {@code stepper} use: the paper's control period, the early stop on,
     * and {@link #RECOMMENDED_EXACT_SUBSTEPS} substeps for the exact stepper (4 for quickStep, whose
     * error grows with the step).
     */
    public static SimSettings recommended(Stepper stepper) {
        SimSettings s = paper().withStepper(stepper).withEarlyStop(true);
        return stepper == Stepper.EXACT ? s.withSubsteps(RECOMMENDED_EXACT_SUBSTEPS) : s;
    }

    /** Physics step, s. */
    public double physicsStepSeconds() {
        return controlPeriodSeconds / substeps;
    }

    public SimSettings withEpisodeSteps(int steps) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, steps, earlyStop, frictionCoef, servo,
                sensors, randomisation, stepper, control, maxTargetStepRad);
    }

    public SimSettings withEarlyStop(boolean stop) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, stop, frictionCoef,
                servo, sensors, randomisation, stepper, control, maxTargetStepRad);
    }

    public SimSettings withServo(ServoModel s) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                s, sensors, randomisation, stepper, control, maxTargetStepRad);
    }

    public SimSettings withSensors(SensorNoise s) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, s, randomisation, stepper, control, maxTargetStepRad);
    }

    public SimSettings withRandomisation(DomainRandomisation r) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, r, stepper, control, maxTargetStepRad);
    }

    public SimSettings withStepper(Stepper s) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation, s, control, maxTargetStepRad);
    }

    public SimSettings withControl(ControlMode c) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation, stepper, c, maxTargetStepRad);
    }

    public SimSettings withSubsteps(int n) {
        return new SimSettings(controlPeriodSeconds, n, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation, stepper, control, maxTargetStepRad);
    }

    public SimSettings withSolverIterations(int iterations) {
        return new SimSettings(controlPeriodSeconds, substeps, iterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation, stepper, control, maxTargetStepRad);
    }

    /** These settings with position targets rate-limited to {@code rad} per control step ({@link #NO_TARGET_STEP_LIMIT}: none). */
    public SimSettings withMaxTargetStepRad(double rad) {
        return new SimSettings(controlPeriodSeconds, substeps, solverIterations, episodeSteps, earlyStop, frictionCoef,
                servo, sensors, randomisation, stepper, control, rad);
    }

    /** The {@code physics} section of a coefficients file. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("version", JSON_VERSION);
        o.put("engine", stepper.engine());
        o.put("controlPeriodSeconds", controlPeriodSeconds);
        o.put("substeps", substeps);
        o.put("solverIterations", solverIterations);
        o.put("episodeSteps", episodeSteps);
        o.put("earlyStop", earlyStop);
        o.put("frictionCoef", frictionCoef);
        o.set("servo", servo.toJson());
        o.set("sensors", sensors.toJson());
        o.set("randomisation", randomisation.toJson());
        o.put(RobotDeployment.CONTROL_KEY, control.id());
        if (hasTargetStepLimit()) {
            o.put(MAX_TARGET_STEP_KEY, maxTargetStepRad);
        }
        return o;
    }

    /**
     * Reads a {@code physics} section. Absent fields take {@link #paper()} values ({@code control}, added later:
     * {@code position}, and {@code maxTargetStepRad}: none, so files written before them read as they were
     * trained); unknown keys, wrong
     * types, bad values and another version fail with the field named.
     */
    public static SimSettings fromJson(JsonNode node) throws FormatException {
        Fields f = Fields.of(node, "physics.", "version", "engine", "controlPeriodSeconds", "substeps",
                "solverIterations", "episodeSteps", "earlyStop", "frictionCoef", "servo", "sensors", "randomisation",
                RobotDeployment.CONTROL_KEY, MAX_TARGET_STEP_KEY);
        String p = f.path();
        int version = f.integer("version", JSON_VERSION);
        if (version != JSON_VERSION) {
            throw new FormatException(p + "version: this build reads version " + JSON_VERSION + ", got " + version);
        }
        String engine = f.text("engine", ENGINE);
        Stepper stepper = Stepper.fromEngine(engine);
        if (stepper == null) {
            throw new FormatException(p + "engine: this build simulates with " + Stepper.QUICK.engine() + " or "
                    + Stepper.EXACT.engine() + ", the file says " + engine);
        }
        SimSettings d = paper();
        double period = f.number("controlPeriodSeconds", d.controlPeriodSeconds);
        int sub = f.integer("substeps", d.substeps);
        int it = f.integer("solverIterations", d.solverIterations);
        int steps = f.integer("episodeSteps", d.episodeSteps);
        boolean stop = f.bool("earlyStop", d.earlyStop);
        double mu = f.number("frictionCoef", d.frictionCoef);
        ServoModel servo = f.has("servo") ? ServoModel.fromJson(f.require("servo"), p + "servo.") : d.servo;
        SensorNoise sensors = f.has("sensors") ? SensorNoise.fromJson(f.require("sensors"), p + "sensors.") : d.sensors;
        DomainRandomisation rand = f.has("randomisation")
                ? DomainRandomisation.fromJson(f.require("randomisation"), p + "randomisation.") : d.randomisation;
        String controlId = f.text(RobotDeployment.CONTROL_KEY, d.control.id());
        ControlMode control = Fields.build(p + RobotDeployment.CONTROL_KEY + ".", () -> ControlMode.fromId(controlId));
        double maxStep = f.number(MAX_TARGET_STEP_KEY, NO_TARGET_STEP_LIMIT);
        if (f.has(MAX_TARGET_STEP_KEY) && !(maxStep > 0 && maxStep < NO_TARGET_STEP_LIMIT)) {
            throw new FormatException(p + MAX_TARGET_STEP_KEY + ": must be a positive number of radians, got " + maxStep);
        }
        return Fields.build(p, () -> new SimSettings(period, sub, it, steps, stop, mu, servo, sensors, rand,
                stepper, control, maxStep));
    }
}
