package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.eval.EpisodeOutcome;
import io.hebbian.evolution.eval.FitnessTerms;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.EpisodeRunner;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.RewardTerm;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fitness is the distance minus each cost, and each cost is its weight times the env's step terms. */
class FitnessTermsTest {

    private static TrainingProblem problem(FitnessWeights weights) {
        return new TrainingProblem("ant", List.of("intact"), List.of(), SimSettings.paper().withEpisodeSteps(120),
                PolicyKind.HEBBIAN, PlasticityRule.fromName("ABCD_eta"), new int[] {16, 8},
                new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.NONE), false, false, weights);
    }

    @Test
    void fitnessIsTheDistanceMinusEveryCost() {
        FitnessTerms t = new FitnessTerms(10.0, 1.5, 2.0, 0.25, 0.5);
        assertThat(t.fitness()).isEqualTo(5.75);
        assertThat(t.plus(t).times(0.5)).isEqualTo(t);
        assertThat(FitnessTerms.distance(3.0).fitness()).isEqualTo(3.0);
    }

    @Test
    void eachCostIsItsWeightTimesTheSummedStepTerms() throws Exception {
        FitnessWeights weights = new FitnessWeights(0.5, 0.25, 0.02, 0.1);
        TrainingProblem problem = problem(weights);
        RobotDescription ant = problem.loadRobot();
        NetworkShape shape = problem.shape(ant);
        double[] params = problem.initialParameters(shape, 0.5, new SplittableRandom(3));
        long seed = 77;

        EpisodeOutcome outcome;
        try (EpisodeTaskRunner runner = new EpisodeTaskRunner(problem)) {
            outcome = runner.run(params, 0, seed);
        }

        // the same episode again (it is deterministic), summing the env's raw step terms by hand
        double[] sums = new double[3];
        int[] feet = new int[4];
        int[] steps = {0};
        EpisodeHooks record = new EpisodeHooks() {
            @Override
            public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult r) {
                for (int leg = 0; leg < feet.length; leg++) {
                    feet[leg] += env.footOnGround(leg) ? 1 : 0;
                }
                steps[0]++;
                sums[0] += r.term(RewardTerm.ACTION_RATE) / 2;   // action units [0, 2] -> fraction of range
                int saturated = 0;
                for (double a : action) {
                    saturated += Math.abs(a) > 0.95 ? 1 : 0;
                }
                sums[1] += saturated / (double) action.length;
                sums[2] += r.term(RewardTerm.ENERGY);
            }
        };
        EpisodeResult r;
        try (QuadrupedEnv env = new QuadrupedEnv(ant, Morphology.intact(), problem.sim(), problem.observationSpec(ant))) {
            r = EpisodeRunner.run(env, problem.decode(shape, params).newPolicy(), seed, record);
        }

        FitnessTerms t = outcome.terms();
        assertThat(t.distanceM()).isEqualTo(r.distanceM());
        assertThat(t.actionRateCost()).isCloseTo(0.5 * sums[0], offset(1e-12));
        assertThat(t.saturationCost()).isCloseTo(0.25 * sums[1], offset(1e-12));
        assertThat(t.energyCost()).isCloseTo(0.02 * sums[2], offset(1e-12));
        // idle leg: the least-used foot's fraction of steps down, its shortfall below 0.2 as a fraction of 0.2
        int least = java.util.Arrays.stream(feet).min().orElseThrow();
        double shortfall = Math.max(0, 0.2 - (double) least / steps[0]) / 0.2;
        assertThat(t.idleLegCost()).isCloseTo(0.1 * shortfall * steps[0], offset(1e-12));
        assertThat(shortfall).as("a random network's gait leaves some foot down on fewer than 20% of the steps")
                .isPositive();
        assertThat(sums[0]).as("the policy moved").isPositive();
        assertThat(sums[2]).as("the joints did work").isPositive();
        assertThat(outcome.fitness()).isCloseTo(r.distanceM() - 0.5 * sums[0] - 0.25 * sums[1] - 0.02 * sums[2]
                - 0.1 * shortfall * steps[0], offset(1e-12));
        assertThat(r.rewardTerms().get("energy")).as("the episode's recorded energy term").isCloseTo(sums[2], offset(1e-12));
    }

    @Test
    void withoutWeightsTheFitnessIsTheDistance() throws Exception {
        TrainingProblem problem = problem(FitnessWeights.distanceOnly());
        NetworkShape shape = problem.shape(problem.loadRobot());
        double[] params = problem.initialParameters(shape, 0.5, new SplittableRandom(3));
        try (EpisodeTaskRunner runner = new EpisodeTaskRunner(problem)) {
            EpisodeOutcome o = runner.run(params, 0, 5);
            assertThat(o.terms()).isEqualTo(FitnessTerms.distance(o.distanceM()));
            assertThat(o.fitness()).isEqualTo(o.distanceM());
        }
    }

    @Test
    void weightsRoundTripAndRejectNegatives() throws Exception {
        FitnessWeights w = new FitnessWeights(0.01, 0.02, 0.003);
        assertThat(FitnessWeights.fromJson(w.toJson(), "fitness.")).isEqualTo(w);
        assertThat(w.toJson().has("idleLeg")).as("written only when set").isFalse();
        FitnessWeights idle = new FitnessWeights(0.01, 0, 0, 0.05);
        assertThat(FitnessWeights.fromJson(idle.toJson(), "fitness.")).isEqualTo(idle);
        assertThat(idle.isDistanceOnly()).isFalse();
        assertThatThrownBy(() -> new FitnessWeights(0, 0, 0, -0.5)).hasMessageContaining("idle-leg -0.5");
        var older = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("actionRate", 0)
                .put("saturation", 0);
        assertThat(FitnessWeights.fromJson(older, "fitness.")).isEqualTo(FitnessWeights.distanceOnly());
        assertThatThrownBy(() -> FitnessWeights.fromJson(older.deepCopy().without("saturation"), "fitness."))
                .isInstanceOf(io.hebbian.controller.io.FormatException.class).hasMessage("fitness.saturation: missing");
        assertThatThrownBy(() -> FitnessWeights.fromJson(older.deepCopy().put("energyCost", 1), "fitness."))
                .hasMessageStartingWith("fitness.energyCost: unknown key");
        assertThatThrownBy(() -> new FitnessWeights(0, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("energy -1");
    }
}
