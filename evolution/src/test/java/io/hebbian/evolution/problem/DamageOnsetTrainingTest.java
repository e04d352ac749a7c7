package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.sim.damage.DamageEffects;
import io.hebbian.sim.env.SimSettings;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DamageOnsetTrainingTest {

    private static final SimSettings SIM = SimSettings.paper().withEpisodeSteps(60);

    private static TrainingProblem problem(Optional<DamageOnsetWindow> onset) {
        return new TrainingProblem("ant", List.of("intact", DamageSampler.TOKEN), List.of("damaged-left-front"), SIM,
                PolicyKind.HEBBIAN, PlasticityRule.ABCD_eta, new int[] {16}, NetworkSettings.paper(), false, false,
                FitnessWeights.distanceOnly(), RuleSharing.SYNAPSE, false, onset);
    }

    @Test
    void onsetDrawsAreAPureFunctionOfTheSeedAndCoverTheWindow() {
        DamageOnsetWindow w = DamageOnsetWindow.parse("100,400");
        int[] counts = new int[3];
        DamageOnsetWindow narrow = new DamageOnsetWindow(3, 5);
        for (long seed = 0; seed < 3000; seed++) {
            int k = w.draw(seed);
            assertThat(k).isBetween(100, 400).isEqualTo(w.draw(seed));
            counts[narrow.draw(seed) - 3]++;
        }
        // uniform over {3, 4, 5}: each close to 1000 of 3000
        for (int c : counts) {
            assertThat(c).isBetween(880, 1120);
        }
        assertThat(new DamageOnsetWindow(7, 7).draw(42)).isEqualTo(7);
    }

    @Test
    void badWindowsAreClearErrors() {
        assertThatThrownBy(() -> DamageOnsetWindow.parse("400,100")).hasMessage("MIN 400 is after MAX 100");
        assertThatThrownBy(() -> DamageOnsetWindow.parse("-5,100")).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> DamageOnsetWindow.parse("100")).hasMessageContaining("MIN,MAX");
        assertThatThrownBy(() -> DamageOnsetWindow.parse("a,b")).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> problem(Optional.of(new DamageOnsetWindow(10, 60))))
                .hasMessageContaining("onset step 60 is beyond the 60-step episode");
        assertThatThrownBy(() -> new TrainingProblem("ant", List.of("intact"), List.of(), SIM, PolicyKind.HEBBIAN,
                PlasticityRule.ABCD_eta, new int[] {16}, NetworkSettings.paper(), false, false,
                FitnessWeights.distanceOnly()).withDamageOnset(new DamageOnsetWindow(10, 20)))
                .hasMessageContaining("add random-damage");
    }

    @Test
    void theWindowRoundTripsThroughJsonAndOldProblemsHaveNone() throws Exception {
        TrainingProblem p = problem(Optional.of(new DamageOnsetWindow(10, 40)));
        ObjectNode json = p.toJson();
        assertThat(json.path("damageOnset").path("minStep").asInt()).isEqualTo(10);
        assertThat(TrainingProblem.fromJson(json).damageOnset()).contains(new DamageOnsetWindow(10, 40));

        ObjectNode old = problem(Optional.empty()).toJson();
        assertThat(old.has("damageOnset")).isFalse();
        assertThat(TrainingProblem.fromJson(old).damageOnset()).isEmpty();

        ((ObjectNode) json.get("damageOnset")).put("meanStep", 20);
        assertThatThrownBy(() -> TrainingProblem.fromJson(json)).hasMessageContaining("problem.damageOnset.meanStep");
        ((ObjectNode) json.get("damageOnset")).remove("meanStep");
        ((ObjectNode) json.get("damageOnset")).put("minStep", 50);
        assertThatThrownBy(() -> TrainingProblem.fromJson(json)).hasMessageContaining("MIN 50 is after MAX 40");
        old.put("damageOnsets", 1);
        assertThatThrownBy(() -> TrainingProblem.fromJson(old)).hasMessageContaining("damageOnsets: unknown key");
    }

    @Test
    void jointDamagesSwitchOnAtTheDrawnStepBodyDamagesStayFromTheStart() throws Exception {
        TrainingProblem off = problem(Optional.empty());
        double[] params = off.initialParameters(off.shape(off.loadRobot()), 0.1, new SplittableRandom(1));
        DamageSampler sampler = new DamageSampler(off.loadRobot(), off.heldOut());
        long joint = -1;
        long body = -1;
        for (long seed = 0; joint < 0 || body < 0; seed++) {
            Morphology m = sampler.sample(seed);
            if (DamageEffects.isSwitchable(m) && m.name().startsWith("lock") && joint < 0) {
                joint = seed;
            } else if (!DamageEffects.isSwitchable(m) && body < 0) {
                body = seed;
            }
        }
        try (EpisodeTaskRunner none = new EpisodeTaskRunner(off);
             EpisodeTaskRunner atZero = new EpisodeTaskRunner(problem(Optional.of(new DamageOnsetWindow(0, 0))));
             EpisodeTaskRunner late = new EpisodeTaskRunner(problem(Optional.of(new DamageOnsetWindow(30, 30))))) {
            EpisodeOutcome fromStart = none.run(params, 1, joint);
            // an onset at step 0 is the damage from the start, bit for bit
            assertThat(atZero.run(params, 1, joint)).isEqualTo(fromStart);
            assertThat(late.run(params, 1, joint)).isNotEqualTo(fromStart).isEqualTo(late.run(params, 1, joint));
            // a body damage keeps its step-0 onset; the intact morphology is untouched
            assertThat(late.run(params, 1, body)).isEqualTo(none.run(params, 1, body));
            assertThat(late.run(params, 0, joint)).isEqualTo(none.run(params, 0, joint));
        }
    }
}
