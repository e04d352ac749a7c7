package io.hebbian.evolution.study;

import io.hebbian.sim.damage.DamageOnset;
import java.util.List;

/**
 * The evaluation every model of a study gets, the same for all.
 *
 * @param rollouts       episodes per morphology (each from new random weights)
 * @param episodeSteps   control steps per evaluation episode
 * @param seed           evaluation seed (common random numbers across models)
 * @param heldOut        damages no variant may train on; the first is the primary one (freeze and
 *                       cross-freeze diagnostics run on it, so it has no onset). A joint damage may be
 *                       written {@code <damage>@<step>} ({@link DamageOnset}): the episode starts intact,
 *                       the damage switches on at that step, and the report gives the distance after it
 *                       and the ratio to the intact rollouts' distance over the same steps
 * @param seen           further morphologies reported (e.g. a training damage), {@code @<step>} allowed
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
        if (DamageOnset.hasOnset(heldOut.get(0))) {
            throw new IllegalArgumentException("evaluation.held-out: the first entry, " + heldOut.get(0)
                    + ", is the primary damage of the freeze and cross-freeze diagnostics and cannot have an onset; "
                    + "put a damage without @<step> first");
        }
        checkOnsets(heldOut, "evaluation.held-out", episodeSteps);
        checkOnsets(seen, "evaluation.seen", episodeSteps);
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

    private static void checkOnsets(List<String> entries, String key, int episodeSteps) {
        for (String m : entries) {
            if (!DamageOnset.hasOnset(m)) {
                continue;
            }
            DamageOnset o;
            try {
                o = DamageOnset.parse(m);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
            if (o.onsetStep() >= episodeSteps) {
                throw new IllegalArgumentException(key + ": '" + m + "': onset step " + o.onsetStep()
                        + " is beyond the " + episodeSteps + "-step episode");
            }
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
