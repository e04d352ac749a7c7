package io.hebbian.sim.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.Fields;
import io.hebbian.controller.io.FormatException;

/**
 * Per-episode randomisation, drawn from the episode seed at {@code reset}. Relative ranges are
 * half-widths: 0.2 means a factor drawn uniformly from [0.8, 1.2].
 *
 * @param massRelative          per-link mass and inertia factor half-width, in [0, 0.9]
 * @param frictionRelative      ground friction factor half-width, in [0, 0.9]
 * @param motorStrengthRelative per-joint torque factor half-width, in [0, 0.9]
 * @param sensorNoiseRelative   sensor noise factor half-width, in [0, 0.9]
 * @param extraLatencyStepsMax  extra sensor latency drawn from 0..this, control steps
 * @param initialJointRad       initial joint angles perturbed by U(-this, this), rad (kept within limits)
 */
public record DomainRandomisation(double massRelative, double frictionRelative, double motorStrengthRelative,
                                  double sensorNoiseRelative, int extraLatencyStepsMax, double initialJointRad) {

    public DomainRandomisation {
        for (double v : new double[] {massRelative, frictionRelative, motorStrengthRelative, sensorNoiseRelative}) {
            if (!(v >= 0 && v <= 0.9)) {
                throw new IllegalArgumentException("relative randomisation ranges must be within [0, 0.9], got " + v);
            }
        }
        if (extraLatencyStepsMax < 0 || extraLatencyStepsMax > 10) {
            throw new IllegalArgumentException("extra latency must be within [0, 10] control steps, got "
                    + extraLatencyStepsMax);
        }
        if (!(initialJointRad >= 0 && initialJointRad <= 1)) {
            throw new IllegalArgumentException("initial joint perturbation must be within [0, 1] rad, got "
                    + initialJointRad);
        }
    }

    /** No randomisation (the paper's setting). */
    public static DomainRandomisation none() {
        return new DomainRandomisation(0, 0, 0, 0, 0, 0);
    }

    /** A moderate sim-to-real preset: ±20 % mass, ±30 % friction, ±20 % motors, ±50 % noise, 0–1 extra step, ±0.1 rad. */
    public static DomainRandomisation moderate() {
        return new DomainRandomisation(0.2, 0.3, 0.2, 0.5, 1, 0.1);
    }

    public boolean isNone() {
        return equals(none());
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("massRelative", massRelative);
        o.put("frictionRelative", frictionRelative);
        o.put("motorStrengthRelative", motorStrengthRelative);
        o.put("sensorNoiseRelative", sensorNoiseRelative);
        o.put("extraLatencyStepsMax", extraLatencyStepsMax);
        o.put("initialJointRad", initialJointRad);
        return o;
    }

    static DomainRandomisation fromJson(JsonNode n, String p) throws FormatException {
        Fields f = Fields.of(n, p, "massRelative", "frictionRelative", "motorStrengthRelative", "sensorNoiseRelative",
                "extraLatencyStepsMax", "initialJointRad");
        double m = f.number("massRelative", 0);
        double fr = f.number("frictionRelative", 0);
        double s = f.number("motorStrengthRelative", 0);
        double noise = f.number("sensorNoiseRelative", 0);
        int lat = f.integer("extraLatencyStepsMax", 0);
        double q = f.number("initialJointRad", 0);
        return Fields.build(p, () -> new DomainRandomisation(m, fr, s, noise, lat, q));
    }
}
