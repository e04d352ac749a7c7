package io.hebbian.controller.network;

import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.Term;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A bias-free tanh network whose weights change every step by the evolved per-synapse rule
 * {@code w[j][i] += η·(A·pre_i·post_j + B·pre_i + C·post_j + D)}.
 *
 * <p>One {@link #act} is: forward pass with the current weights (tanh on every layer, the output
 * too), the action is the output layer's activation, then — if plasticity is on — every layer is
 * updated from this step's pre-synaptic input and post-synaptic tanh output, then normalised.
 * This matches the reference code, which updates after the environment step using the
 * activations of that step's forward pass. A {@link PlasticitySchedule} other than every step
 * updates every k-th step instead, from the activity averaged over the last m steps.
 *
 * <p>Not thread-safe; one instance per simulated robot. {@link #act} allocates nothing; its loops
 * run in a {@link LayerKernels layer kernel} (the same bits with or without the Vector API).
 */
public final class HebbianNetwork implements Policy {

    private final NetworkShape shape;
    /** Per layer, per term (A, B, C, D, η): row-major (out × in) arrays, read in step by the kernel. */
    private final double[][][] coefficients;
    private final double[][] weights;
    /** activations[0] is the input; activations[l + 1] the tanh output of layer l. */
    private final double[][] activations;
    private final WeightInit init;
    private final WeightNormalization normalization;
    private final PlasticitySchedule schedule;
    /** The averaged activity of slow plasticity; null for the every-step rule. */
    private final ActivityWindow window;
    private final ActionFilter filter;
    private final LayerKernel kernel;
    private boolean plastic = true;
    /** Control steps since the last reset. */
    private int steps;
    private double[] outputOverride;

    /**
     * @param coefficients  the evolved rule coefficients (copied)
     * @param init          how weights are drawn at every {@link #reset}
     * @param normalization applied to each layer after each update
     */
    public HebbianNetwork(HebbianCoefficients coefficients, WeightInit init, WeightNormalization normalization) {
        this(coefficients, init, normalization, PlasticitySchedule.EVERY_STEP);
    }

    /**
     * @param schedule when the rule is applied and over how many steps of activity
     */
    public HebbianNetwork(HebbianCoefficients coefficients, WeightInit init, WeightNormalization normalization,
            PlasticitySchedule schedule) {
        this(coefficients, init, normalization, schedule, ActionFilter.NONE, LayerKernels.best());
    }

    /**
     * @param actionFilter coefficient α in (0, 1] of the first-order filter on the actions (1: none); the rule
     *                     still learns from the unfiltered output activity
     */
    public HebbianNetwork(HebbianCoefficients coefficients, WeightInit init, WeightNormalization normalization,
            PlasticitySchedule schedule, double actionFilter) {
        this(coefficients, init, normalization, schedule, actionFilter, LayerKernels.best());
    }

    HebbianNetwork(HebbianCoefficients coefficients, WeightInit init, WeightNormalization normalization,
            LayerKernel kernel) {
        this(coefficients, init, normalization, PlasticitySchedule.EVERY_STEP, ActionFilter.NONE, kernel);
    }

    HebbianNetwork(HebbianCoefficients coefficients, WeightInit init, WeightNormalization normalization,
            PlasticitySchedule schedule, double actionFilter, LayerKernel kernel) {
        this.kernel = kernel;
        this.shape = coefficients.shape();
        this.init = init;
        this.normalization = normalization;
        this.schedule = schedule;
        int layers = shape.layerCount();
        this.coefficients = new double[layers][][];
        this.weights = new double[layers][];
        this.activations = new double[layers + 1][];
        this.activations[0] = new double[shape.inputSize()];
        for (int l = 0; l < layers; l++) {
            this.coefficients[l] = new double[Term.values().length][];
            for (Term t : Term.values()) {
                this.coefficients[l][t.ordinal()] = coefficients.termArray(l, t);
            }
            this.weights[l] = new double[shape.synapses(l)];
            this.activations[l + 1] = new double[shape.out(l)];
        }
        this.window = schedule.window() > 1 ? new ActivityWindow(schedule.window(), activations) : null;
        this.filter = new ActionFilter(actionFilter, shape.outputSize());
        if (init instanceof WeightInit.Fixed fixed && !fixed.weights().shape().equals(shape)) {
            throw new IllegalArgumentException("initial weights have shape " + fixed.weights().shape()
                    + " but the coefficients have shape " + shape);
        }
    }

    public NetworkShape shape() {
        return shape;
    }

    public PlasticitySchedule schedule() {
        return schedule;
    }

    /** The action filter's coefficient α (1: none). */
    public double actionFilter() {
        return filter.alpha();
    }

    @Override
    public int inputSize() {
        return shape.inputSize();
    }

    @Override
    public int outputSize() {
        return shape.outputSize();
    }

    /** Draws fresh initial weights and turns plasticity back on. */
    @Override
    public void reset(RandomGenerator rng) {
        init.fill(weights, rng);
        restart();
    }

    /** Starts an episode from explicit weights, whatever the configured {@link WeightInit}. */
    public void reset(NetworkWeights initial) {
        if (!initial.shape().equals(shape)) {
            throw new IllegalArgumentException("initial weights have shape " + initial.shape()
                    + ", network has " + shape);
        }
        new WeightInit.Fixed(initial).fill(weights, null);
        restart();
    }

    private void restart() {
        plastic = true;
        outputOverride = null;
        steps = 0;
        filter.reset();
        if (window != null) {
            window.clear();
        }
    }

    @Override
    public void act(double[] observation, double[] action) {
        if (observation.length != shape.inputSize() || action.length != shape.outputSize()) {
            throw new IllegalArgumentException("expected " + shape.inputSize() + " inputs and "
                    + shape.outputSize() + " outputs, got " + observation.length + " and " + action.length);
        }
        System.arraycopy(observation, 0, activations[0], 0, observation.length);
        int layers = shape.layerCount();
        for (int l = 0; l < layers; l++) {
            kernel.forward(weights[l], activations[l], activations[l + 1]);
        }
        double[] out = activations[layers];
        if (outputOverride != null) {
            System.arraycopy(outputOverride, 0, out, 0, out.length);
        }
        System.arraycopy(out, 0, action, 0, out.length);
        filter.apply(action);
        steps++;
        if (window != null) {
            window.record(activations);
        }
        if (plastic && steps % schedule.interval() == 0) {
            double[][] activity = window != null ? window.mean() : activations;
            for (int l = 0; l < layers; l++) {
                kernel.update(weights[l], coefficients[l], activity[l], activity[l + 1]);
                normalization.apply(weights[l]);
            }
        }
    }

    /** Stops (false) or resumes (true) weight updates; the paper's freeze-the-weights experiment. */
    public void setPlastic(boolean plastic) {
        this.plastic = plastic;
    }

    public boolean isPlastic() {
        return plastic;
    }

    /**
     * Forces the output neurons to {@code outputs} (copied) until cleared with {@code null}. The
     * forced values are both the action and the post-synaptic activity the last layer learns from,
     * as when actuators are saturated (the paper's perturbation experiment).
     */
    public void setOutputOverride(double[] outputs) {
        if (outputs != null && outputs.length != shape.outputSize()) {
            throw new IllegalArgumentException("expected " + shape.outputSize() + " output values, got "
                    + outputs.length);
        }
        this.outputOverride = outputs == null ? null : outputs.clone();
    }

    /**
     * Sets a random {@code fraction} of all weights (each layer alike) to zero: the paper's
     * "zero a third of the weights" perturbation.
     *
     * @return how many weights were zeroed
     */
    public int zeroWeights(double fraction, RandomGenerator rng) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
        }
        int zeroed = 0;
        for (double[] w : weights) {
            for (int k = 0; k < w.length; k++) {
                if (rng.nextDouble() < fraction) {
                    w[k] = 0;
                    zeroed++;
                }
            }
        }
        return zeroed;
    }

    @Override
    public void weightNorms(double[] norms) {
        for (int l = 0; l < weights.length; l++) {
            norms[l] = frobeniusNorm(weights[l]);
        }
    }

    static double frobeniusNorm(double[] w) {
        double ss = 0;
        for (double v : w) {
            ss += v * v;
        }
        return Math.sqrt(ss);
    }

    @Override
    public List<WeightMatrix> weightMatrices() {
        WeightMatrix[] out = new WeightMatrix[weights.length];
        for (int l = 0; l < weights.length; l++) {
            out[l] = new WeightMatrix(shape.in(l), shape.out(l), weights[l]);
        }
        return List.of(out);
    }

    /** A copy of the current weights. */
    public NetworkWeights weights() {
        return new NetworkWeights(shape, weights);
    }
}
