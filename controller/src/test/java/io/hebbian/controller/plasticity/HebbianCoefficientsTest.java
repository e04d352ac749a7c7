package io.hebbian.controller.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.network.NetworkShape;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HebbianCoefficientsTest {

    @Test
    void paperNetworkHas61440Coefficients() {
        NetworkShape shape = new NetworkShape(new int[] {28, 128, 64, 8});
        assertThat(shape.totalSynapses()).isEqualTo(12_288);
        assertThat(HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)).isEqualTo(61_440);
        assertThat(HebbianCoefficients.parameterCount(PlasticityRule.A, shape)).isEqualTo(12_288);
    }

    @Test
    void parameterVectorIsSynapseMajorWithRuleTermsInside() {
        // shape [2,1]: synapse 0 = (j0,i0), synapse 1 = (j0,i1); AD_eta terms A, D, eta
        NetworkShape shape = new NetworkShape(new int[] {2, 1});
        HebbianCoefficients c = HebbianCoefficients.fromParameters(PlasticityRule.AD_eta, shape,
                new double[] {1, 2, 3, 4, 5, 6});
        assertThat(c.termArray(0, Term.A)).containsExactly(1, 4);
        assertThat(c.termArray(0, Term.D)).containsExactly(2, 5);
        assertThat(c.termArray(0, Term.ETA)).containsExactly(3, 6);
        assertThat(c.termArray(0, Term.B)).containsExactly(0, 0);
        assertThat(c.get(0, Term.D, 0, 1)).isEqualTo(5);
    }

    @Test
    void fileLayoutIsRowMajorOutTimesIn() {
        // shape [3,2]: index j*3 + i
        NetworkShape shape = new NetworkShape(new int[] {3, 2});
        double[] a = {0, 1, 2, 10, 11, 12};
        HebbianCoefficients c = HebbianCoefficients.fromTermArrays(PlasticityRule.A, shape, List.of(Map.of(Term.A, a)));
        assertThat(c.get(0, Term.A, 1, 2)).isEqualTo(12);
        assertThat(c.get(0, Term.A, 0, 1)).isEqualTo(1);
    }

    @Property(tries = 50)
    void parametersRoundTrip(@ForAll @IntRange(min = 1, max = 6) int in, @ForAll @IntRange(min = 1, max = 5) int hidden,
                             @ForAll @IntRange(min = 1, max = 4) int out, @ForAll("rules") PlasticityRule rule) {
        NetworkShape shape = new NetworkShape(new int[] {in, hidden, out});
        double[] p = new double[HebbianCoefficients.parameterCount(rule, shape)];
        for (int k = 0; k < p.length; k++) {
            p[k] = k * 0.37 - 3;
        }
        assertThat(HebbianCoefficients.fromParameters(rule, shape, p).toParameters()).containsExactly(p);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<PlasticityRule> rules() {
        return net.jqwik.api.Arbitraries.of(PlasticityRule.class);
    }

    @Test
    void wrongLengthsAndMissingTermsAreRejected() {
        NetworkShape shape = new NetworkShape(new int[] {2, 1});
        assertThatThrownBy(() -> HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, new double[9]))
                .hasMessage("rule ABCD_eta on shape [2, 1] needs 10 parameters, got 9");
        assertThatThrownBy(() -> HebbianCoefficients.fromTermArrays(PlasticityRule.AD, shape,
                List.of(Map.of(Term.A, new double[2])))).hasMessageContaining("needs term D");
        assertThatThrownBy(() -> HebbianCoefficients.fromTermArrays(PlasticityRule.A, shape,
                List.of(Map.of(Term.A, new double[] {1, Double.NaN})))).hasMessageContaining("not finite");
    }

    @Test
    void unknownRuleNameListsTheKnownOnes() {
        assertThat(PlasticityRule.fromName("ABC_eta")).isEqualTo(PlasticityRule.ABC_eta);
        assertThatThrownBy(() -> PlasticityRule.fromName("abcd")).hasMessageContaining("A, AD, AD_eta, ABC");
    }
}
