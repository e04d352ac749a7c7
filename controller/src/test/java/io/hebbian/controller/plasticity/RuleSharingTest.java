package io.hebbian.controller.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.network.NetworkShape;
import org.junit.jupiter.api.Test;

class RuleSharingTest {

    /** [3 inputs, 2 hidden, 1 output]: layer 0 has 2×3 synapses, layer 1 has 1×2. */
    private static final NetworkShape SHAPE = new NetworkShape(new int[] {3, 2, 1});

    @Test
    void countsRulesPerLayerTimesTerms() {
        assertThat(RuleSharing.SYNAPSE.parameterCount(PlasticityRule.AD, SHAPE)).isEqualTo((6 + 2) * 2);
        assertThat(RuleSharing.POST.parameterCount(PlasticityRule.AD, SHAPE)).isEqualTo((2 + 1) * 2);
        assertThat(RuleSharing.PRE.parameterCount(PlasticityRule.AD, SHAPE)).isEqualTo((3 + 2) * 2);
        assertThat(RuleSharing.LAYER.parameterCount(PlasticityRule.AD, SHAPE)).isEqualTo(2 * 2);
        // the adaptation study's network: the Ant's 24 inputs (with heading), 32 hidden, 8 joints
        NetworkShape h32 = new NetworkShape(new int[] {24, 32, 8});
        assertThat(RuleSharing.SYNAPSE.parameterCount(PlasticityRule.ABCD_eta, h32)).isEqualTo(5_120);
        assertThat(RuleSharing.POST.parameterCount(PlasticityRule.ABCD_eta, h32)).isEqualTo(200);
    }

    @Test
    void postSharingGivesEveryRowItsNeuronsRule() {
        // AD terms: layer 0 neuron 0 (A=1, D=2), neuron 1 (A=3, D=4); layer 1 neuron 0 (A=5, D=6)
        HebbianCoefficients c = RuleSharing.POST.coefficients(PlasticityRule.AD, SHAPE, new double[] {1, 2, 3, 4, 5, 6});
        assertThat(c.termArray(0, Term.A)).containsExactly(1, 1, 1, 3, 3, 3);
        assertThat(c.termArray(0, Term.D)).containsExactly(2, 2, 2, 4, 4, 4);
        assertThat(c.termArray(1, Term.A)).containsExactly(5, 5);
        assertThat(c.termArray(1, Term.D)).containsExactly(6, 6);
    }

    @Test
    void preSharingGivesEveryColumnItsInputsRule() {
        // layer 0 inputs 0,1,2: A = 1, 2, 3 (rule A only); layer 1 inputs 0,1: A = 4, 5
        HebbianCoefficients c = RuleSharing.PRE.coefficients(PlasticityRule.A, SHAPE, new double[] {1, 2, 3, 4, 5});
        assertThat(c.termArray(0, Term.A)).containsExactly(1, 2, 3, 1, 2, 3);
        assertThat(c.termArray(1, Term.A)).containsExactly(4, 5);
        // absent terms keep their neutral values
        assertThat(c.termArray(0, Term.ETA)).containsOnly(Term.ETA.absentValue());
    }

    @Test
    void diagonalSharingIsTheReferenceCodesPreFixIndexing() {
        // layer 0 (2 out × 3 in): rule i + j, 4 rules; layer 1 (1 out × 2 in): 2 rules
        HebbianCoefficients c = RuleSharing.DIAGONAL.coefficients(PlasticityRule.A, SHAPE, new double[] {1, 2, 3, 4, 5, 6});
        // row j = 0: i = 0, 1, 2 -> rules 0, 1, 2; row j = 1: rules 1, 2, 3
        assertThat(c.termArray(0, Term.A)).containsExactly(1, 2, 3, 2, 3, 4);
        assertThat(c.termArray(1, Term.A)).containsExactly(5, 6);
        // the reference network [28,128,64,8]: 155 + 191 + 71 = 417 distinct rules
        NetworkShape paper = new NetworkShape(new int[] {28, 128, 64, 8});
        assertThat(RuleSharing.DIAGONAL.parameterCount(PlasticityRule.A, paper)).isEqualTo(417);
    }

    @Test
    void layerSharingAndSynapseSharing() {
        HebbianCoefficients layer = RuleSharing.LAYER.coefficients(PlasticityRule.A, SHAPE, new double[] {7, 8});
        assertThat(layer.termArray(0, Term.A)).containsOnly(7);
        assertThat(layer.termArray(1, Term.A)).containsOnly(8);
        double[] p = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(RuleSharing.SYNAPSE.coefficients(PlasticityRule.A, SHAPE, p).toParameters()).containsExactly(p);
    }

    @Test
    void neuronCentricRulesCombineTheCoefficientsOfBothNeurons() {
        // 6 neurons (3 inputs, 2 hidden, 1 output) x (A, B, C, D, eta); neuron n's coefficients are n + 0.1..0.5
        double[] p = new double[6 * 5];
        for (int n = 0; n < 6; n++) {
            for (int k = 0; k < 5; k++) {
                p[n * 5 + k] = n + 0.1 * (k + 1);
            }
        }
        assertThat(RuleSharing.NEURON_CENTRIC.parameterCount(PlasticityRule.ABCD_eta, SHAPE)).isEqualTo(30);
        HebbianCoefficients c = RuleSharing.NEURON_CENTRIC.coefficients(PlasticityRule.ABCD_eta, SHAPE, p);
        // layer 0, synapse from input 2 (neuron 2) to hidden 1 (neuron 4): A = C_2 C_4, B = A_2, C = B_4,
        // D = D_2 D_4, eta = (eta_2 + eta_4) / 2
        assertThat(c.get(0, Term.A, 1, 2)).isEqualTo(2.3 * 4.3);
        assertThat(c.get(0, Term.B, 1, 2)).isEqualTo(2.1);
        assertThat(c.get(0, Term.C, 1, 2)).isEqualTo(4.2);
        assertThat(c.get(0, Term.D, 1, 2)).isEqualTo(2.4 * 4.4);
        assertThat(c.get(0, Term.ETA, 1, 2)).isEqualTo(0.5 * (2.5 + 4.5));
        // layer 1, from hidden 0 (neuron 3) to the output (neuron 5)
        assertThat(c.get(1, Term.A, 0, 0)).isEqualTo(3.3 * 5.3);
        assertThat(c.get(1, Term.C, 0, 0)).isEqualTo(5.2);
        // the adaptation study's contacts network [34, 32, 8]: 74 neurons
        assertThat(RuleSharing.NEURON_CENTRIC.parameterCount(PlasticityRule.ABCD_eta,
                new NetworkShape(new int[] {34, 32, 8}))).isEqualTo(370);
        assertThatThrownBy(() -> RuleSharing.NEURON_CENTRIC.parameterCount(PlasticityRule.AD, SHAPE))
                .hasMessageContaining("need rule ABCD_eta, not AD");
        assertThat(RuleSharing.fromId("neuron-centric")).isEqualTo(RuleSharing.NEURON_CENTRIC);
    }

    @Test
    void badInputIsRefusedWithTheExpectedLength() {
        assertThatThrownBy(() -> RuleSharing.POST.coefficients(PlasticityRule.AD, SHAPE, new double[5]))
                .hasMessage("rule AD shared per post on shape [3, 2, 1] needs 6 parameters, got 5");
        assertThatThrownBy(() -> RuleSharing.fromId("neuron")).hasMessageContaining("synapse, post, pre, diagonal, layer");
        assertThat(RuleSharing.fromId("post")).isEqualTo(RuleSharing.POST);
    }
}
