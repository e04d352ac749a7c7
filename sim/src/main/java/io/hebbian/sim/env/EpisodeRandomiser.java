package io.hebbian.sim.env;

import io.hebbian.sim.geometry.Vec3;
import io.hebbian.sim.physics.OdeRobot;
import io.hebbian.sim.robot.Joint;
import io.hebbian.sim.robot.RobotDescription;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws one episode's domain randomisation and the robot's start jitter ({@link
 * io.hebbian.sim.robot.EpisodeConventions#jointJitterRad()}) and puts the robot in its starting pose. Without
 * either the robot is restored bit-exactly to its build-time pose.
 */
final class EpisodeRandomiser {

    private final RobotDescription robot;
    private final SimSettings settings;
    private final OdeRobot ode;
    private final double[] strength;
    private final double[] massScale;
    private boolean physicsModified;
    private SensorNoise noise;

    EpisodeRandomiser(RobotDescription robot, SimSettings settings, OdeRobot ode) {
        this.robot = robot;
        this.settings = settings;
        this.ode = ode;
        this.strength = new double[robot.jointDescriptions().size()];
        this.massScale = new double[ode.linkCount()];
        this.noise = settings.sensors();
    }

    /**
     * Applies this episode's draws from {@code rng} and places the robot; returns the initial joint
     * angles. {@code joints} (Not modified) is the robot's joints with their damage state now: a locked
     * or removed joint keeps its nominal initial angle.
     */
    double[] apply(SplittableRandom rng, List<Joint> joints) {
        DomainRandomisation r = settings.randomisation();
        Arrays.fill(strength, 1.0);
        noise = settings.sensors();
        double[] initial = robot.initialPositionsRad();
        double jitter = robot.conventions().jointJitterRad();
        if (r.isNone()) {
            if (physicsModified) {
                Arrays.fill(massScale, 1.0);
                ode.setMassScales(massScale);
                ode.setFriction(settings.frictionCoef());
                physicsModified = false;
            }
            if (jitter == 0) {
                ode.placeHome();
                return initial;
            }
        } else {
            randomise(rng, r, joints, initial);
        }
        if (jitter > 0) {
            for (int k = 0; k < initial.length; k++) {
                double d = (2 * rng.nextDouble() - 1) * jitter;
                if (!joints.get(k).locked() && !joints.get(k).removed()) {
                    initial[k] += d;
                }
            }
        }
        ode.place(ode.placedPoses(initial), Vec3.ZERO);
        return initial;
    }

    /** Draws the domain randomisation of this episode; randomises {@code initial} (Modified) within the limits. */
    private void randomise(SplittableRandom rng, DomainRandomisation r, List<Joint> joints, double[] initial) {
        for (int b = 0; b < massScale.length; b++) {
            massScale[b] = factor(rng, r.massRelative());
        }
        ode.setMassScales(massScale);
        ode.setFriction(settings.frictionCoef() * factor(rng, r.frictionRelative()));
        physicsModified = true;
        for (int k = 0; k < strength.length; k++) {
            strength[k] = factor(rng, r.motorStrengthRelative());
        }
        double noiseScale = factor(rng, r.sensorNoiseRelative());
        int extra = r.extraLatencyStepsMax() == 0 ? 0 : rng.nextInt(r.extraLatencyStepsMax() + 1);
        noise = noise.scaled(noiseScale).withLatencySteps(noise.latencySteps() + extra);
        if (r.initialJointRad() > 0) {
            for (int k = 0; k < initial.length; k++) {
                Joint j = joints.get(k);
                double d = (2 * rng.nextDouble() - 1) * r.initialJointRad();
                if (!j.locked() && !j.removed()) {
                    initial[k] = Math.max(j.lowerRad(), Math.min(j.upperRad(), initial[k] + d));
                }
            }
        }
    }

    private static double factor(SplittableRandom rng, double halfWidth) {
        return halfWidth == 0 ? 1.0 : 1.0 + (2 * rng.nextDouble() - 1) * halfWidth;
    }

    /** Per-joint torque factors of this episode (owned; do not modify). */
    double[] strengthFactors() {
        return strength;
    }

    /** Sensor imperfections of this episode. */
    SensorNoise sensorNoise() {
        return noise;
    }
}
