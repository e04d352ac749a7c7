package io.hebbian.controller.plasticity;

import io.hebbian.controller.network.NetworkShape;
import java.util.List;
import java.util.Map;

/**
 * The evolved per-synapse coefficients of every layer: an immutable value.
 *
 * <p>Two layouts exist. The <em>file</em> layout has one row-major (out × in) array per term and
 * layer (index {@code j*in + i}). The <em>parameter vector</em> that evolution perturbs is layer
 * after layer, synapse after synapse ({@code j*in + i}), and within a synapse the rule's terms in
 * {@link PlasticityRule#terms()} order. Internally every synapse keeps all five slots
 * ({@link Term} order), absent terms holding their neutral value, so one update loop serves all rules.
 */
public final class HebbianCoefficients {

    /** Slots per synapse in the internal storage: one per {@link Term}. */
    private static final int STRIDE = Term.values().length;

    private final PlasticityRule rule;
    private final NetworkShape shape;
    private final double[][] interleaved;

    private HebbianCoefficients(PlasticityRule rule, NetworkShape shape, double[][] interleaved) {
        this.rule = rule;
        this.shape = shape;
        this.interleaved = interleaved;
    }

    /**
     * Builds coefficients from the evolution parameter vector.
     *
     * @param params length {@link #parameterCount(PlasticityRule, NetworkShape)} (Not modified)
     */
    public static HebbianCoefficients fromParameters(PlasticityRule rule, NetworkShape shape, double[] params) {
        int expected = parameterCount(rule, shape);
        if (params.length != expected) {
            throw new IllegalArgumentException("rule " + rule + " on shape " + shape + " needs " + expected
                    + " parameters, got " + params.length);
        }
        List<Term> terms = rule.terms();
        int t = terms.size();
        double[][] inter = neutral(shape);
        int p = 0;
        for (int l = 0; l < inter.length; l++) {
            double[] layer = inter[l];
            int synapses = shape.synapses(l);
            for (int s = 0; s < synapses; s++) {
                for (int k = 0; k < t; k++) {
                    layer[s * STRIDE + terms.get(k).ordinal()] = params[p++];
                }
            }
        }
        return new HebbianCoefficients(rule, shape, inter);
    }

    /**
     * Builds coefficients from the file layout: per layer a map from each of the rule's terms to a
     * row-major (out × in) array. Arrays are validated (length, finiteness) and copied.
     */
    public static HebbianCoefficients fromTermArrays(PlasticityRule rule, NetworkShape shape,
                                                     List<Map<Term, double[]>> layers) {
        if (layers.size() != shape.layerCount()) {
            throw new IllegalArgumentException("expected " + shape.layerCount() + " layers, got " + layers.size());
        }
        double[][] inter = neutral(shape);
        for (int l = 0; l < inter.length; l++) {
            Map<Term, double[]> arrays = layers.get(l);
            for (Term term : Term.values()) {
                double[] a = arrays.get(term);
                if (!rule.has(term)) {
                    if (a != null) {
                        throw new IllegalArgumentException("layer " + l + ": rule " + rule + " has no term "
                                + term.key());
                    }
                    continue;
                }
                if (a == null) {
                    throw new IllegalArgumentException("layer " + l + ": rule " + rule + " needs term " + term.key());
                }
                if (a.length != shape.synapses(l)) {
                    throw new IllegalArgumentException("layer " + l + " term " + term.key() + " needs "
                            + shape.synapses(l) + " values (" + shape.out(l) + " out x " + shape.in(l)
                            + " in), got " + a.length);
                }
                for (int s = 0; s < a.length; s++) {
                    if (!Double.isFinite(a[s])) {
                        throw new IllegalArgumentException("layer " + l + " term " + term.key() + " value " + s
                                + " is not finite: " + a[s]);
                    }
                    inter[l][s * STRIDE + term.ordinal()] = a[s];
                }
            }
        }
        return new HebbianCoefficients(rule, shape, inter);
    }

    /** Number of evolved parameters: synapses × terms (61,440 for ABCD_eta on [28,128,64,8]). */
    public static int parameterCount(PlasticityRule rule, NetworkShape shape) {
        return shape.totalSynapses() * rule.termCount();
    }

    private static double[][] neutral(NetworkShape shape) {
        double[][] inter = new double[shape.layerCount()][];
        for (int l = 0; l < inter.length; l++) {
            inter[l] = new double[shape.synapses(l) * STRIDE];
            for (int s = 0; s < shape.synapses(l); s++) {
                inter[l][s * STRIDE + Term.ETA.ordinal()] = Term.ETA.absentValue();
            }
        }
        return inter;
    }

    public PlasticityRule rule() {
        return rule;
    }

    public NetworkShape shape() {
        return shape;
    }

    /** The evolution parameter vector (inverse of {@link #fromParameters}). */
    public double[] toParameters() {
        List<Term> terms = rule.terms();
        double[] params = new double[parameterCount(rule, shape)];
        int p = 0;
        for (double[] layer : interleaved) {
            for (int s = 0; s < layer.length / STRIDE; s++) {
                for (Term term : terms) {
                    params[p++] = layer[s * STRIDE + term.ordinal()];
                }
            }
        }
        return params;
    }

    /** One term of one layer in file layout (row-major out × in); a fresh array. */
    public double[] termArray(int layer, Term term) {
        double[] src = interleaved[layer];
        double[] a = new double[src.length / STRIDE];
        for (int s = 0; s < a.length; s++) {
            a[s] = src[s * STRIDE + term.ordinal()];
        }
        return a;
    }

    /** Coefficient {@code term} of the synapse from input {@code i} to output {@code j} of {@code layer}. */
    public double get(int layer, Term term, int j, int i) {
        return interleaved[layer][(j * shape.in(layer) + i) * STRIDE + term.ordinal()];
    }
}
