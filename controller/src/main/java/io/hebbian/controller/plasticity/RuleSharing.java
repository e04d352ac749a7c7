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
    LAYER("layer");

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

    /** Rules (groups of synapses) in layer {@code l}. */
    public int groups(NetworkShape shape, int l) {
        return switch (this) {
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
        };
    }

    /** Length of the compact parameter vector: rules × terms (200 for ABCD_eta, post, [28,32,8]). */
    public int parameterCount(PlasticityRule rule, NetworkShape shape) {
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
}
