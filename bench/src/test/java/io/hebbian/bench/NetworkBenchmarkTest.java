package io.hebbian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkBenchmarkTest {

    private static double norm(NetworkBenchmark b) {
        double[] norms = new double[b.network().shape().layerCount()];
        b.network().weightNorms(norms);
        double sum = 0;
        for (double n : norms) {
            sum += n;
        }
        return sum;
    }

    @Test
    void theNetworkIsResetEveryEpisodeAsInTheBenchCommand() {
        NetworkBenchmark b = new NetworkBenchmark();
        b.normalization = "none";
        b.setup();
        double start = norm(b);
        for (int k = 1; k < NetworkBenchmark.EPISODE_STEPS; k++) {
            b.step(true);
        }
        double endOfEpisode = norm(b);
        assertThat(endOfEpisode).isNotEqualTo(start);
        for (int episode = 1; episode < 5; episode++) {
            b.step(true);
            // the first step of an episode starts from fresh weights: one update away from the initial scale
            assertThat(norm(b)).isCloseTo(start, org.assertj.core.data.Percentage.withPercentage(5));
            for (int k = 1; k < NetworkBenchmark.EPISODE_STEPS; k++) {
                b.step(true);
            }
        }
    }
}
