package io.hebbian.evolution.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.problem.FitnessWeights;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.controller.damage.Morphology;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CrossFreezeExperimentTest {

    private static PolicyModel model(PolicyKind kind, RobotDescription[] robot) throws Exception {
        TrainingProblem p = new TrainingProblem("ant", List.of("intact"), List.of(),
                SimSettings.paper().withEpisodeSteps(80), kind, PlasticityRule.ABCD_eta, new int[] {16},
                NetworkSettings.paper(), false, false, FitnessWeights.distanceOnly());
        robot[0] = p.loadRobot();
        return p.toModel(robot[0], p.initialParameters(p.shape(robot[0]), 0.1, new SplittableRandom(5)), null);
    }

    @Test
    void onAnUndamagedBodyDevelopingIntactOrDamagedIsTheSameAndThreadsDoNotMatter() throws Exception {
        RobotDescription[] robot = new RobotDescription[1];
        PolicyModel m = model(PolicyKind.HEBBIAN, robot);
        SimSettings sim = SimSettings.paper().withEpisodeSteps(80);
        CrossFreezeExperiment x = new CrossFreezeExperiment(m, robot[0], sim);
        // "damaged" = intact: conditions a and c develop on the same body from the same seeds
        CrossFreezeExperiment.Result same = x.run(Morphology.intact(), 20, 4, 1, 2);
        assertThat(same.damagedFrozenM()).isEqualTo(same.intactFrozenM());
        assertThat(same.damagedFrozenStdM()).isEqualTo(same.intactFrozenStdM());
        // keeping plasticity on changes the episode
        assertThat(same.intactPlasticM()).isNotEqualTo(same.intactFrozenM());
        CrossFreezeExperiment.Result damaged = x.run(Morphology.parse("damaged-left-front"), 20, 4, 1, 1);
        assertThat(x.run(Morphology.parse("damaged-left-front"), 20, 4, 1, 2)).isEqualTo(damaged);
        assertThat(damaged.damagedFrozenM()).isNotEqualTo(damaged.intactFrozenM());
    }

    @Test
    void staticModelsAreRefused() throws Exception {
        RobotDescription[] robot = new RobotDescription[1];
        PolicyModel m = model(PolicyKind.STATIC, robot);
        assertThatThrownBy(() -> new CrossFreezeExperiment(m, robot[0], SimSettings.paper()))
                .hasMessageContaining("Hebbian");
    }
}
