package io.hebbian.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.evolution.es.EsState;

/** Bit-for-bit comparison of search states. */
final class States {

    private States() {
    }

    static void assertIdentical(EsState actual, EsState expected) {
        assertThat(actual.generation()).isEqualTo(expected.generation());
        assertThat(actual.centre()).as("centre").containsExactly(expected.centre());
        assertThat(actual.adamM()).as("Adam m").containsExactly(expected.adamM());
        assertThat(actual.adamV()).as("Adam v").containsExactly(expected.adamV());
        assertThat(Double.doubleToRawLongBits(actual.bestFitness())).as("best fitness")
                .isEqualTo(Double.doubleToRawLongBits(expected.bestFitness()));
        assertThat(actual.bestCandidate()).as("best candidate").containsExactly(expected.bestCandidate());
        assertThat(actual.sigma()).isEqualTo(expected.sigma());
    }
}
