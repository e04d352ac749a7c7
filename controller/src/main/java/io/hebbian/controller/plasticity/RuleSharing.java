package io.hebbian.controller.plasticity;

import io.hebbian.controller.network.NetworkShape;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which synapses share one set of rule coefficients in the evolved parameter vector. The paper
 * evolves one rule per synapse ({@link #SYNAPSE}: 61,440 coefficients on [28,128,64,8]), enough
 * for evolution to write a gait into the rules themselves; sharing leaves the weights to be shaped
 * by what the synapses see (Pedersen &amp; Risi 2021 kept generalisation with 1,920 rules).
 *
 * <p>Sharing is an encoding of the genome only: {@link #coefficients} expands a compact vector into
 * ordinary per-synapse {@link HebbianCoefficients}, so model files, the network and the robot node
 * are the same whatever the sharing. The compact vector is layer after layer, group after group,
 * and within a group the rule's terms in {@link PlasticityRule#terms()} order.
 */
public enum RuleSharing {
    /** One rule per synapse (the paper). */
    SYNAPSE("synapse"),
    /** One rule per post-synaptic neuron: all synapses into neuron j of a layer share it. */
    POST("post"),
    /** One rule per pre-synaptic neuron: all synapses out of input i of a layer share it. */
    PRE("pre"),
    /**
     * One rule per anti-diagonal {@code i + j} of each layer ({@code in + out − 1} rules): the reference
     * code's indexing before its 2020-10-13 fix ({@code heb_offset + i + j}), which the paper's results
     * were probably produced with (413 rules on [24,128,64,8]).
     */
    DIAGONAL("diagonal"),
    /** One rule per layer. */
    LAYER("layer"),
    /**
     * Neuron-centric rules (Ferigo, Cunegatti and Iacca 2024): five coefficients per neuron (A, B, C, D, η)
     * instead of per synapse, the synapse from i to j taking {@code A = C_i·C_j} (correlation),
     * {@code B = A_i} (pre-synaptic), {@code C = B_j} (post-synaptic), {@code D = D_i·D_j} and
     * {@code η = (η_i + η_j)/2}. Every synapse still gets its own rule, from 5 × neurons parameters
     * (370 on [34,32,8] instead of 6,720). Only for {@link PlasticityRule#ABCD_eta}.
     */
    NEURON_CENTRIC("neuron-centric");

    private final String id;

    RuleSharing(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Parses {@code synapse|post|pre|diagonal|layer}. */
    public static RuleSharing fromId(String id) {
        for (RuleSharing s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown rule sharing '" + id + "'; expected one of "
                + Arrays.stream(values()).map(RuleSharing::id).collect(Collectors.joining(", ")));
    }

    /** Rules (groups of synapses) in layer {@code l}; not defined for {@link #NEURON_CENTRIC}. */
    public int groups(NetworkShape shape, int l) {
        return switch (this) {
            case NEURON_CENTRIC -> throw new UnsupportedOperationException("neuron-centric rules are per neuron, "
                    + "not per group of synapses");
            case SYNAPSE -> shape.synapses(l);
            case POST -> shape.out(l);
            case PRE -> shape.in(l);
            case DIAGONAL -> shape.in(l) + shape.out(l) - 1;
            case LAYER -> 1;
        };
    }

    /** The group of synapse {@code j*in + i} (post j, pre i) of a layer with {@code in} inputs. */
    private int group(int j, int i, int in) {
        return switch (this) {
            case SYNAPSE -> j * in + i;
            case POST -> j;
            case PRE -> i;
            case DIAGONAL -> i + j;
            case LAYER -> 0;
            case NEURON_CENTRIC -> throw new AssertionError(this);
        };
    }

    /** Length of the compact parameter vector: rules × terms (200 for ABCD_eta, post, [28,32,8]). */
    public int parameterCount(PlasticityRule rule, NetworkShape shape) {
        if (this == NEURON_CENTRIC) {
            requireAbcdEta(rule);
            int neurons = shape.inputSize();
            for (int l = 0; l < shape.layerCount(); l++) {
                neurons += shape.out(l);
            }
            return neurons * rule.termCount();
        }
        int n = 0;
        for (int l = 0; l < shape.layerCount(); l++) {
            n += groups(shape, l);
        }
        return n * rule.termCount();
    }

    /**
     * Expands a compact vector into per-synapse coefficients.
     *
     * @param params length {@link #parameterCount} (Not modified)
     */
    public HebbianCoefficients coefficients(PlasticityRule rule, NetworkShape shape, double[] params) {
        int expected = parameterCount(rule, shape);
        if (params.length != expected) {
            throw new IllegalArgumentException("rule " + rule + " shared per " + id + " on shape " + shape + " needs "
                    + expected + " parameters, got " + params.length);
        }
        if (this == SYNAPSE) {
            return HebbianCoefficients.fromParameters(rule, shape, params);
        }
        if (this == NEURON_CENTRIC) {
            return neuronCentric(rule, shape, params);
        }
        int t = rule.termCount();
        double[] full = new double[HebbianCoefficients.parameterCount(rule, shape)];
        int base = 0;
        int p = 0;
        for (int l = 0; l < shape.layerCount(); l++) {
            int in = shape.in(l);
            for (int j = 0; j < shape.out(l); j++) {
                for (int i = 0; i < in; i++) {
                    System.arraycopy(params, base + group(j, i, in) * t, full, p, t);
                    p += t;
                }
            }
            base += groups(shape, l) * t;
        }
        return HebbianCoefficients.fromParameters(rule, shape, full);
    }

    /** Throws if this sharing cannot encode {@code rule} (neuron-centric rules need all five terms). */
    public void checkRule(PlasticityRule rule) {
        if (this == NEURON_CENTRIC) {
            requireAbcdEta(rule);
        }
    }

    private static void requireAbcdEta(PlasticityRule rule) {
        if (rule != PlasticityRule.ABCD_eta) {
            throw new IllegalArgumentException("neuron-centric rules combine each neuron's A, B, C, D and eta: they "
                    + "need rule ABCD_eta, not " + rule);
        }
    }

    /** Per-neuron A, B, C, D, η (neurons from the input layer to the output) expanded per synapse. */
    private static HebbianCoefficients neuronCentric(PlasticityRule rule, NetworkShape shape, double[] params) {
        int t = rule.termCount();
        double[] full = new double[HebbianCoefficients.parameterCount(rule, shape)];
        int p = 0;
        int preBase = 0;
        for (int l = 0; l < shape.layerCount(); l++) {
            int in = shape.in(l);
            int postBase = preBase + in * t;
            for (int j = 0; j < shape.out(l); j++) {
                int post = postBase + j * t;
                for (int i = 0; i < in; i++) {
                    int pre = preBase + i * t;
                    full[p] = params[pre + 2] * params[post + 2];
                    full[p + 1] = params[pre];
                    full[p + 2] = params[post + 1];
                    full[p + 3] = params[pre + 3] * params[post + 3];
                    full[p + 4] = 0.5 * (params[pre + 4] + params[post + 4]);
                    p += t;
                }
            }
            preBase = postBase;
        }
        return HebbianCoefficients.fromParameters(rule, shape, full);
    }
}
