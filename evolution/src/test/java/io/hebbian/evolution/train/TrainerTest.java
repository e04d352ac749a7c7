package io.hebbian.evolution.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.FormatException;
import io.hebbian.evolution.es.EsConfig;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.es.OpenAiEs;
import io.hebbian.evolution.es.Optimizer;
import io.hebbian.evolution.eval.LocalEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

    static final EsConfig CONFIG = new EsConfig(16, 0.1, 0.999, 0.01, 0.05, 1.0, 0, 0.0, Optimizer.ADAM, false,
            42, 7, 1 << 16);
    static final NoiseTable NOISE = new NoiseTable(7, 1 << 16);

    @TempDir
    Path dir;

    static EsState train(int threads, EsState from, int generations, List<TrainingListener> listeners) throws Exception {
        try (LocalEvaluator ev = new LocalEvaluator(ToyRunner::new, NOISE, threads)) {
            return new Trainer(new OpenAiEs(CONFIG, NOISE), ev, 2, listeners).run(from, generations);
        }
    }

    @Test
    void fitnessImprovesOnAToyProblem() throws Exception {
        EsState s0 = EsState.initial(CONFIG, new double[20]);
        OpenAiEsProbe probe = new OpenAiEsProbe();
        train(2, s0, 40, List.of(probe));
        assertThat(probe.first).isLessThan(-20);
        assertThat(probe.last).isGreaterThan(probe.first + 10);
    }

    @Test
    void oneAndTwoThreadsGiveBitIdenticalStates() throws Exception {
        EsState s0 = EsState.initial(CONFIG, new double[20]);
        EsState one = train(1, s0, 5, List.of());
        EsState two = train(2, s0, 5, List.of());
        assertThat(two.centre()).containsExactly(one.centre());
        assertThat(two.adamV()).containsExactly(one.adamV());
    }

    @Test
    void resumingFromACheckpointEqualsAnUninterruptedRun() throws Exception {
        EsState s0 = EsState.initial(CONFIG, new double[20]);
        EsState straight = train(2, s0, 6, List.of());
        // a real problem section: the checkpoint reader checks it as strictly as evolve --resume would
        ObjectNode problem = new io.hebbian.evolution.problem.TrainingProblem("ant", List.of("intact"), List.of(),
                io.hebbian.sim.env.SimSettings.paper(), io.hebbian.evolution.problem.PolicyKind.HEBBIAN,
                io.hebbian.controller.plasticity.PlasticityRule.ABCD_eta, new int[] {16},
                io.hebbian.controller.io.NetworkSettings.paper(), false, false,
                io.hebbian.evolution.problem.FitnessWeights.distanceOnly()).toJson();
        EsState half = train(2, s0, 3, List.of());
        new Checkpoint(CONFIG, problem, 6, half).write(dir.resolve("checkpoint.json"));
        Checkpoint back = Checkpoint.read(dir.resolve("checkpoint.json"));
        assertThat(back.config()).isEqualTo(CONFIG);
        assertThat(back.problem()).isEqualTo(problem);
        EsState resumed = train(2, back.state(), back.targetGenerations(), List.of());
        assertThat(resumed.generation()).isEqualTo(6);
        assertThat(resumed.centre()).containsExactly(straight.centre());
    }

    @Test
    void corruptOrMissingCheckpointsAreClearErrors() throws Exception {
        Path f = dir.resolve("checkpoint.json");
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(java.nio.file.NoSuchFileException.class);
        Files.writeString(f, "{\"format\":\"hebbian-es-checkpoint\",\"version\":1,\"es\":{");
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(FormatException.class)
                .hasMessageContaining("corrupt checkpoint");
        Files.writeString(f, "{\"format\":\"hebbian-es-checkpoint\",\"version\":1,\"problem\":{},\"es\":{}}");
        assertThatThrownBy(() -> Checkpoint.read(f)).isInstanceOf(FormatException.class)
                .hasMessageContaining("populationSize: missing");
    }

    @Test
    void csvLogDropsRowsOfLostGenerationsOnResume() throws Exception {
        Path log = dir.resolve("log.csv");
        Files.write(log, List.of(CsvLog.HEADER, "1,0,0,0,0,0,0,0", "2,0,0,0,0,0,0,0", "3,0,0,0,0,0,0,0"));
        EsState atTwo = new EsState(2, new double[1], 0.1, 0.1, new double[1], new double[1], 0, 0, new double[1]);
        new CsvLog(log, 10).onStart(atTwo, 5);
        // rows written before the newest cost columns get those costs (then 0) filled in, to match the header
        String pad = ",0.000000".repeat(CsvLog.HEADER.split(",").length - 8);
        assertThat(Files.readAllLines(log)).containsExactly(CsvLog.HEADER, "1,0,0,0,0,0,0,0" + pad,
                "2,0,0,0,0,0,0,0" + pad);
    }

    /** Records first and last mean fitness. */
    static final class OpenAiEsProbe implements TrainingListener {
        double first = Double.NaN;
        double last;

        @Override
        public void onGeneration(io.hebbian.evolution.es.GenerationStats s, io.hebbian.evolution.eval.FitnessTerms t,
                                 EsState next, double seconds) {
            if (Double.isNaN(first)) {
                first = s.meanFitness();
            }
            last = s.meanFitness();
        }
    }
}
