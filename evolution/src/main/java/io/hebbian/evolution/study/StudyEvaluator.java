package io.hebbian.evolution.study;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.evolution.analysis.CrossFreezeExperiment;
import io.hebbian.evolution.analysis.Evaluation;
import io.hebbian.evolution.analysis.FreezeExperiment;
import io.hebbian.evolution.analysis.MorphologyResult;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a study's evaluation on one model: distances, gait, freeze curve and cross-freeze diagnostic. */
public final class StudyEvaluator {

    private final StudyEvaluation spec;
    private final int threads;

    public StudyEvaluator(StudyEvaluation spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.spec = spec;
        this.threads = threads;
    }

    /**
     * @param sim the model's physics; evaluation runs whole episodes of {@link StudyEvaluation#episodeSteps()}
     */
    public ModelEvaluation evaluate(StudySpec.Run run, PolicyModel model, RobotDescription robot, SimSettings sim,
            int generations, double trainingSeconds) throws Exception {
        SimSettings s = sim.withEpisodeSteps(spec.episodeSteps()).withEarlyStop(false);
        List<ModelEvaluation.Morph> morphs = new ArrayList<>();
        for (MorphologyResult r : new Evaluation(model, robot, s).run(spec.morphologies(), spec.rollouts(), spec.seed(),
                threads)) {
            morphs.add(new ModelEvaluation.Morph(r.morphology(), r.meanDistanceM(), r.stdDistanceM(),
                    r.gait().saturatedFraction(), r.gait().meanTargetJumpFraction(), r.weightNormGrowth(),
                    r.afterOnset().map(MorphologyResult.AfterOnset::meanM).orElse(0.0),
                    r.afterOnset().map(MorphologyResult.AfterOnset::intactMeanM).orElse(0.0), legContacts(r, robot)));
        }
        Map<String, Double> freezeIntact = new LinkedHashMap<>();
        Map<String, Double> freezeHeld = new LinkedHashMap<>();
        ModelEvaluation.Cross cross = null;
        if (model.isHebbian()) {
            int[] steps = spec.freezeSteps().stream().mapToInt(Integer::intValue).toArray();
            FreezeExperiment freeze = new FreezeExperiment(new Rollouts(model, robot, s));
            Morphology primary = Morphology.parse(spec.heldOut().get(0));
            fill(freezeIntact, freeze.run(Morphology.intact(), steps, spec.freezeRollouts(), spec.seed(), threads));
            fill(freezeHeld, freeze.run(primary, steps, spec.freezeRollouts(), spec.seed(), threads));
            CrossFreezeExperiment.Result c = new CrossFreezeExperiment(model, robot, s).run(primary, spec.developSteps(),
                    spec.freezeRollouts(), spec.seed(), threads);
            cross = new ModelEvaluation.Cross(c.intactFrozenM(), c.intactPlasticM(), c.damagedFrozenM());
        }
        return new ModelEvaluation(run.id(), run.variant().name(), run.seed(), model.isHebbian(), generations,
                trainingSeconds, morphs, freezeIntact, freezeHeld, cross);
    }

    /**
     * Adds the intact body's per-leg foot contacts to an evaluation cached before they were measured, from the same
     * rollouts (same count, seed and episode length): the rerun must reproduce the cached intact distance exactly,
     * or the model or the simulator changed since and the evaluation is stale.
     *
     * @return the evaluation with the intact entry's leg contacts filled in
     * @throws IllegalStateException if the rerun's intact distance differs from the cached one
     */
    public ModelEvaluation addLegContacts(ModelEvaluation cached, PolicyModel model, RobotDescription robot,
                                          SimSettings sim) throws Exception {
        SimSettings s = sim.withEpisodeSteps(spec.episodeSteps()).withEarlyStop(false);
        MorphologyResult r = new Evaluation(model, robot, s).run(List.of("intact"), spec.rollouts(), spec.seed(),
                threads).get(0);
        ModelEvaluation.Morph old = cached.morph("intact");
        if (r.meanDistanceM() != old.meanM()) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, "%s: the intact distance is now %.6f m,"
                    + " the cached evaluation says %.6f m; delete its evaluation to evaluate it again", cached.run(),
                    r.meanDistanceM(), old.meanM()));
        }
        Map<String, Double> legs = legContacts(r, robot);
        List<ModelEvaluation.Morph> morphs = cached.morphologies().stream().map(m -> m != old ? m
                : new ModelEvaluation.Morph(m.name(), m.meanM(), m.stdM(), m.saturation(), m.targetJump(),
                        m.normGrowth(), m.afterOnsetM(), m.intactAfterOnsetM(), legs)).toList();
        return new ModelEvaluation(cached.run(), cached.variant(), cached.seed(), cached.hebbian(), cached.generations(),
                cached.trainingSeconds(), morphs, cached.freezeIntact(), cached.freezeHeldOut(), cached.crossFreeze());
    }

    private static Map<String, Double> legContacts(MorphologyResult r, RobotDescription robot) {
        Map<String, Double> legs = new LinkedHashMap<>();
        for (int leg = 0; leg < r.gait().legContactFractions().size(); leg++) {
            legs.put(robot.legNames().get(leg), r.gait().legContactFractions().get(leg));
        }
        return legs;
    }

    private static void fill(Map<String, Double> out, FreezeExperiment.Result r) {
        for (FreezeExperiment.Point p : r.points()) {
            out.put(p.freezeStep() < 0 ? "never" : Integer.toString(p.freezeStep()), p.meanDistanceM());
        }
    }
}
