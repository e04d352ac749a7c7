package io.hebbian.evolution.study;

import io.hebbian.sim.damage.DamageOnset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the study's evaluation measured for one trained model; written as JSON next to the study
 * so that a rerun does not evaluate a finished model again.
 *
 * @param run          run id, e.g. {@code hebbian-h32-s2}
 * @param variant      variant name
 * @param seed         training seed
 * @param hebbian      whether the model is plastic (static and recurrent models have no freeze diagnostics)
 * @param generations  generations trained
 * @param trainingSeconds wall-clock seconds of training, summed from the run's log
 * @param morphologies one entry per evaluated morphology, in {@link StudyEvaluation#morphologies()} order
 * @param freezeIntact    mean distance when plasticity stops at each freeze step, intact body (key "never": not frozen)
 * @param freezeHeldOut   the same on the primary held-out damage
 * @param crossFreeze     the cross-freeze diagnostic on the primary held-out damage, or null for models without plasticity
 */
public record ModelEvaluation(String run, String variant, long seed, boolean hebbian, int generations,
                              double trainingSeconds, List<Morph> morphologies, Map<String, Double> freezeIntact,
                              Map<String, Double> freezeHeldOut, Cross crossFreeze) {

    /** Format version of the cached JSON. */
    public static final int VERSION = 1;

    /**
     * @param name       morphology spec
     * @param meanM      mean distance, metres
     * @param stdM       standard deviation over rollouts, metres
     * @param saturation fraction of outputs with |a| > 0.95
     * @param targetJump mean |Δtarget| per step, fraction of the joint range
     * @param normGrowth final / initial weight norm (1 for static and recurrent models)
     * @param afterOnsetM       for a damage with an onset ({@code <damage>@<step>}): mean distance after
     *                          the onset, metres; 0 otherwise (and in evaluations cached before onsets)
     * @param intactAfterOnsetM the intact rollouts' mean distance over the same steps, metres; 0 otherwise
     * @param legContact  per leg (robot leg order), the fraction of steps its foot touched the ground; empty in
     *                    evaluations cached before it was measured
     */
    public record Morph(String name, double meanM, double stdM, double saturation, double targetJump,
                        double normGrowth, double afterOnsetM, double intactAfterOnsetM, Map<String, Double> legContact) {

        public Morph {
            legContact = legContact == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(legContact));
        }

        /** An entry without an onset or leg contacts. */
        public Morph(String name, double meanM, double stdM, double saturation, double targetJump, double normGrowth) {
            this(name, meanM, stdM, saturation, targetJump, normGrowth, 0, 0, Map.of());
        }

        /** The leg whose foot is down on the fewest steps, or empty if leg contacts were not measured. */
        public Optional<Map.Entry<String, Double>> leastUsedLeg() {
            return legContact.entrySet().stream().min(Map.Entry.comparingByValue());
        }
    }

    /** Distances on the damaged body, metres: (a) intact-developed frozen, (b) intact-developed plastic, (c) damaged-developed frozen. */
    public record Cross(double intactFrozenM, double intactPlasticM, double damagedFrozenM) {
    }

    /** The entry for {@code name}; IllegalArgumentException if it was not evaluated. */
    public Morph morph(String name) {
        return morphologies.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(run + " was not evaluated on " + name));
    }

    /**
     * Distance on {@code damage} over distance intact; for a damage with an onset, the distance after
     * the onset over the intact rollouts' distance over the same steps.
     */
    public double ratio(String damage) {
        if (DamageOnset.hasOnset(damage)) {
            Morph m = morph(damage);
            return m.intactAfterOnsetM() == 0 ? 0 : m.afterOnsetM() / m.intactAfterOnsetM();
        }
        double intact = morph("intact").meanM();
        return intact == 0 ? 0 : morph(damage).meanM() / intact;
    }

    /** What the table reports as the distance on {@code damage}: after the onset if it has one, else the whole episode's. */
    public double reportedM(String damage) {
        Morph m = morph(damage);
        return DamageOnset.hasOnset(damage) ? m.afterOnsetM() : m.meanM();
    }
}
