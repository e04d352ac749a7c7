package io.hebbian.evolution.study;

import java.util.List;

/**
 * The evaluation every model of a study gets, the same for all.
 *
 * @param rollouts       episodes per morphology (each from new random weights)
 * @param episodeSteps   control steps per evaluation episode
 * @param seed           evaluation seed (common random numbers across models)
 * @param heldOut        damages no variant may train on; the first is the primary one (freeze and
 *                       cross-freeze diagnostics run on it)
 * @param seen           further morphologies reported (e.g. a training damage)
 * @param freezeSteps    control steps at which plasticity is switched off, for the freeze curve
 * @param freezeRollouts episodes per freeze point and per cross-freeze condition
 * @param developSteps   weight development before the switch in the cross-freeze diagnostic
 */
public record StudyEvaluation(int rollouts, int episodeSteps, long seed, List<String> heldOut, List<String> seen,
                              List<Integer> freezeSteps, int freezeRollouts, int developSteps) {

    public StudyEvaluation {
        if (rollouts < 1 || rollouts > 10_000) {
            throw new IllegalArgumentException("evaluation.rollouts must be within [1, 10000], got " + rollouts);
        }
        if (episodeSteps < 1) {
            throw new IllegalArgumentException("evaluation.episode-steps must be positive, got " + episodeSteps);
        }
        if (heldOut == null || heldOut.isEmpty()) {
            throw new IllegalArgumentException("evaluation.held-out needs at least one damage");
        }
        heldOut = List.copyOf(heldOut);
        seen = List.copyOf(seen);
        freezeSteps = List.copyOf(freezeSteps);
        for (int t : freezeSteps) {
            if (t < 0 || t >= episodeSteps) {
                throw new IllegalArgumentException("evaluation.freeze-steps must be within [0, " + episodeSteps
                        + "), got " + t);
            }
        }
        if (freezeRollouts < 1) {
            throw new IllegalArgumentException("evaluation.freeze-rollouts must be positive, got " + freezeRollouts);
        }
        if (developSteps < 1 || developSteps >= episodeSteps) {
            throw new IllegalArgumentException("evaluation.develop-steps must be within [1, " + episodeSteps
                    + "), got " + developSteps);
        }
    }

    /** Every morphology evaluated, in table order: intact, the held-out damages, the seen ones. */
    public List<String> morphologies() {
        List<String> all = new java.util.ArrayList<>();
        all.add("intact");
        all.addAll(heldOut);
        all.addAll(seen);
        return all;
    }
}
