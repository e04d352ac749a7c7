package io.hebbian.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.evolution.es.EsConfig;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.NoiseTable;
import io.hebbian.evolution.es.OpenAiEs;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.eval.LocalEvaluator;
import io.hebbian.evolution.problem.EpisodeTaskRunner;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.evolution.train.Trainer;
import io.hebbian.sim.env.SimSettings;
import java.util.List;
import java.util.SplittableRandom;

/** A tiny training run (population 8 unless told, two morphologies, 40-step episodes, hidden 8,8) for cluster tests. */
final class TinyRun {

    static final int NOISE_SIZE = 200_000;

    final String problemJson;
    final TrainingProblem problem;
    final EsConfig config;
    final NoiseTable noise;
    final double[] theta0;

    private TinyRun(long seed, int population) throws Exception {
        this.problem = new TrainingProblem("ant", java.util.List.of("intact", "damaged-right-front"), java.util.List.of(),
                SimSettings.paper().withEpisodeSteps(40), io.hebbian.evolution.problem.PolicyKind.HEBBIAN,
                io.hebbian.controller.plasticity.PlasticityRule.ABCD_eta, new int[] {8, 8},
                io.hebbian.controller.io.NetworkSettings.paper(), false, false,
                io.hebbian.evolution.problem.FitnessWeights.distanceOnly());
        this.problemJson = problem.toJson().toString();
        this.config = EsConfig.quickStart(seed).withPopulation(population).withNoiseTableSize(NOISE_SIZE);
        this.noise = new NoiseTable(config.noiseSeed(), config.noiseTableSize());
        this.theta0 = problem.initialParameters(problem.shape(problem.loadRobot()), 0.1, new SplittableRandom(seed));
    }

    static TinyRun create(long seed) throws Exception {
        return new TinyRun(seed, 8);
    }

    /** The same problem with another population size (for benchmarks). */
    static TinyRun create(long seed, int population) throws Exception {
        return new TinyRun(seed, population);
    }

    Trainer trainer(Evaluator evaluator) {
        return new Trainer(new OpenAiEs(config, noise), evaluator, problem.morphologies().size(), List.of());
    }

    /** Episodes per generation. */
    int tasksPerGeneration() {
        return config.populationSize() * problem.morphologies().size();
    }

    EsState initial() {
        return EsState.initial(config, theta0);
    }

    /** Runs from {@code start} to {@code generations} with {@code evaluator}. */
    EsState run(Evaluator evaluator, EsState start, int generations) throws Exception {
        return trainer(evaluator).run(start, generations);
    }

    /** The reference: the same run on two local threads. */
    EsState local(int generations) throws Exception {
        try (Evaluator ev = new LocalEvaluator(() -> new EpisodeTaskRunner(problem), noise, 2)) {
            return run(ev, initial(), generations);
        }
    }
}
