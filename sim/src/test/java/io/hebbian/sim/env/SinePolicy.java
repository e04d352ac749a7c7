package io.hebbian.sim.env;

import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightMatrix;
import java.util.random.RandomGenerator;

/** An open-loop sine gait for tests: action k = amplitude·sin(2π·f·t + phase_k) + offset_k. */
final class SinePolicy implements Policy {

    private final int inputs;
    private final double[] amplitude;
    private final double[] phase;
    private final double[] offset;
    private final double frequencyHz;
    private final double dtSeconds;
    private int step;

    SinePolicy(int inputs, double[] amplitude, double[] phase, double[] offset, double frequencyHz, double dtSeconds) {
        this.inputs = inputs;
        this.amplitude = amplitude;
        this.phase = phase;
        this.offset = offset;
        this.frequencyHz = frequencyHz;
        this.dtSeconds = dtSeconds;
    }

    @Override
    public int inputSize() {
        return inputs;
    }

    @Override
    public int outputSize() {
        return amplitude.length;
    }

    @Override
    public void reset(RandomGenerator rng) {
        step = 0;
    }

    @Override
    public void act(double[] observation, double[] action) {
        double t = step++ * dtSeconds;
        for (int k = 0; k < action.length; k++) {
            action[k] = amplitude[k] * Math.sin(2 * Math.PI * frequencyHz * t + phase[k]) + offset[k];
        }
    }

    @Override
    public void weightNorms(double[] norms) {
    }

    @Override
    public java.util.List<WeightMatrix> weightMatrices() {
        return java.util.List.of(new WeightMatrix(inputs, amplitude.length, new double[inputs * amplitude.length]));
    }
}
