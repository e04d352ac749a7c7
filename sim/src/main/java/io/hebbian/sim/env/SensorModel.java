package io.hebbian.sim.env;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import java.util.SplittableRandom;

/**
 * Simulated joint encoders and IMU: turns true readings into what the robot's topics carry, with
 * the noise, bias, latency, dropped samples and stuck encoders of a {@link SensorNoise}.
 * Allocation-free after construction.
 */
final class SensorModel {

    private final int joints;
    private final boolean[] stuck;
    private final boolean[] stuckAsBuilt;
    private final JointStateSample[] jointRing;
    private final ImuSample[] imuRing;
    private final JointStateSample outJoints;
    private final ImuSample outImu = new ImuSample();
    private final double[] positionBias;
    private final double[] gyroBias = new double[3];
    private final double[] stuckValue;
    private final double[] delta = new double[4];
    private final double[] tmp = new double[4];
    private SensorNoise noise = SensorNoise.none();
    private int latency;
    private int head;
    private SplittableRandom rng;

    /** @param maxLatencySteps the largest latency {@link #reset} will be asked for */
    SensorModel(boolean[] stuckJoints, int maxLatencySteps) {
        this.joints = stuckJoints.length;
        this.stuck = stuckJoints.clone();
        this.stuckAsBuilt = stuckJoints.clone();
        jointRing = new JointStateSample[maxLatencySteps + 1];
        imuRing = new ImuSample[maxLatencySteps + 1];
        for (int i = 0; i < jointRing.length; i++) {
            jointRing[i] = new JointStateSample(joints);
            imuRing[i] = new ImuSample();
        }
        outJoints = new JointStateSample(joints);
        positionBias = new double[joints];
        stuckValue = new double[joints];
    }

    /**
     * Starts an episode: draws biases from {@code random}, fills the latency line with the true
     * first reading (Not modified) and publishes it.
     */
    void reset(SensorNoise episodeNoise, SplittableRandom random, JointStateSample truth, ImuSample imuTruth) {
        if (episodeNoise.latencySteps() >= jointRing.length) {
            throw new IllegalArgumentException("sensor latency " + episodeNoise.latencySteps()
                    + " exceeds the configured maximum " + (jointRing.length - 1));
        }
        this.noise = episodeNoise;
        this.latency = episodeNoise.latencySteps();
        this.rng = random;
        for (int k = 0; k < joints; k++) {
            positionBias[k] = noise.jointPositionBiasRad() * rng.nextGaussian();
        }
        for (int a = 0; a < 3; a++) {
            gyroBias[a] = noise.gyroBiasRadPerSec() * rng.nextGaussian();
        }
        head = 0;
        for (int k = 0; k < joints; k++) {
            stuckValue[k] = truth.positionRad[k] + positionBias[k];
        }
        for (int i = 0; i < jointRing.length; i++) {
            corrupt(truth, imuTruth, jointRing[i], imuRing[i]);
        }
        outJoints.copyFrom(jointRing[0]);
        outImu.copyFrom(imuRing[0]);
    }

    /**
     * Joint {@code k}'s encoder sticks now (damage "sensor-stuck" switched on during an episode): from
     * the next reading on it repeats the true angle in {@code truth} (Not modified) plus its bias;
     * readings already in the latency line still arrive. {@link #restoreStuck} undoes it.
     */
    void stick(int k, JointStateSample truth) {
        stuck[k] = true;
        stuckValue[k] = truth.positionRad[k] + positionBias[k];
    }

    /** Back to the stuck encoders this model was built with, undoing {@link #stick}. */
    void restoreStuck() {
        System.arraycopy(stuckAsBuilt, 0, stuck, 0, stuck.length);
    }

    /** Takes this control step's true readings (Not modified) and publishes the one {@code latency} steps old. */
    void sample(JointStateSample truth, ImuSample imuTruth) {
        boolean dropped = noise.dropProbability() > 0 && rng.nextDouble() < noise.dropProbability();
        head = (head + 1) % jointRing.length;
        corrupt(truth, imuTruth, jointRing[head], imuRing[head]);
        if (dropped) {
            return;
        }
        int due = Math.floorMod(head - latency, jointRing.length);
        outJoints.copyFrom(jointRing[due]);
        outImu.copyFrom(imuRing[due]);
    }

    private void corrupt(JointStateSample truth, ImuSample imuTruth, JointStateSample j, ImuSample imu) {
        j.copyFrom(truth);
        imu.copyFrom(imuTruth);
        for (int k = 0; k < joints; k++) {
            if (stuck[k]) {
                j.positionRad[k] = stuckValue[k];
                j.velocityRadPerSec[k] = 0;
                continue;
            }
            j.positionRad[k] += positionBias[k] + gaussian(noise.jointPositionRad());
            j.velocityRadPerSec[k] += gaussian(noise.jointVelocityRadPerSec());
        }
        for (int a = 0; a < 3; a++) {
            imu.angularVelocityRadPerSec[a] += gyroBias[a] + gaussian(noise.gyroRadPerSec());
            imu.linearAccelerationMps2[a] += gaussian(noise.accelMps2());
        }
        if (noise.orientationRad() > 0) {
            delta[0] = 1;
            for (int a = 1; a < 4; a++) {
                delta[a] = 0.5 * gaussian(noise.orientationRad());
            }
            Quat.multiply(imu.orientationWxyz, delta, tmp);
            double n = Math.sqrt(tmp[0] * tmp[0] + tmp[1] * tmp[1] + tmp[2] * tmp[2] + tmp[3] * tmp[3]);
            for (int a = 0; a < 4; a++) {
                imu.orientationWxyz[a] = tmp[a] / n;
            }
        }
    }

    private double gaussian(double sigma) {
        return sigma == 0 ? 0.0 : sigma * rng.nextGaussian();
    }

    /** The joint-state reading the controller currently sees (owned by this model; do not modify). */
    JointStateSample joints() {
        return outJoints;
    }

    /** The IMU reading the controller currently sees (owned by this model; do not modify). */
    ImuSample imu() {
        return outImu;
    }
}
