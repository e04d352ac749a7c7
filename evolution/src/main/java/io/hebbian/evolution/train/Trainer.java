package io.hebbian.evolution.train;

import io.hebbian.evolution.es.Candidate;
import io.hebbian.evolution.es.EsState;
import io.hebbian.evolution.es.OpenAiEs;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.EvalTask;
import io.hebbian.evolution.eval.Evaluator;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.evolution.eval.GenerationJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The training loop: ask, evaluate every candidate on every training morphology, average, tell.
 * Everything else (progress, logs, checkpoints) is a {@link TrainingListener}.
 */
public final class Trainer {

    private final OpenAiEs es;
    private final Evaluator evaluator;
    private final int morphologies;
    private final List<TrainingListener> listeners;

    /**
     * @param morphologies number of training morphologies; a candidate's fitness is its mean over them
     */
    public Trainer(OpenAiEs es, Evaluator evaluator, int morphologies, List<TrainingListener> listeners) {
        if (morphologies < 1) {
            throw new IllegalArgumentException("need at least one training morphology, got " + morphologies);
        }
        this.es = es;
        this.evaluator = evaluator;
        this.morphologies = morphologies;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs until {@code state.generation() == targetGenerations} or the thread is interrupted
     * (then the generation in progress is dropped and the last complete state returned).
     */
    public EsState run(EsState state, int targetGenerations) throws IOException {
        for (TrainingListener l : listeners) {
            l.onStart(state, targetGenerations);
        }
        EsState current = state;
        try {
            while (current.generation() < targetGenerations && !Thread.currentThread().isInterrupted()) {
                long t0 = System.nanoTime();
                Generation g = generation(current);
                double seconds = (System.nanoTime() - t0) * 1e-9;
                current = g.step().next();
                for (TrainingListener l : listeners) {
                    l.onGeneration(g.step().stats(), g.meanTerms(), current, seconds);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (TrainingListener l : listeners) {
                l.onFinish(current);
            }
        }
        return current;
    }

    /** One generation's update and its population's mean fitness terms per episode. */
    public record Generation(OpenAiEs.Step step, FitnessTerms meanTerms) {
    }

    /** Evaluates and updates one generation. */
    public Generation generation(EsState state) throws InterruptedException {
        List<Candidate> candidates = es.ask(state);
        List<EvalTask> tasks = new ArrayList<>(candidates.size() * morphologies);
        for (Candidate c : candidates) {
            for (int m = 0; m < morphologies; m++) {
                tasks.add(new EvalTask(c.id(), c.noiseIndex(), c.sign(), m,
                        es.episodeSeed(state.generation(), c.pair(), m)));
            }
        }
        EpisodeOutcome[] outcomes = evaluator.evaluate(new GenerationJob(state.generation(), state.centre(),
                state.sigma(), tasks));
        double[] fitness = new double[candidates.size()];
        FitnessTerms sum = FitnessTerms.ZERO;
        for (int k = 0; k < outcomes.length; k++) {
            fitness[k / morphologies] += outcomes[k].fitness() / morphologies;
            sum = sum.plus(outcomes[k].terms());
        }
        return new Generation(es.tell(state, candidates, fitness), sum.times(1.0 / outcomes.length));
    }
}
