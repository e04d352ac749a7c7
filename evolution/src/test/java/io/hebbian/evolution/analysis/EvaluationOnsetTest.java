package io.hebbian.evolution.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.problem.FitnessWeights;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvaluationOnsetTest {

    private static final SimSettings SIM = SimSettings.paper().withEpisodeSteps(80);

    @Test
    void distanceAfterOnsetAndTheIntactRunOverTheSameSteps() throws Exception {
        TrainingProblem p = new TrainingProblem("ant", List.of("intact"), List.of(), SIM, PolicyKind.HEBBIAN,
                PlasticityRule.ABCD_eta, new int[] {16}, NetworkSettings.paper(), false, false,
                FitnessWeights.distanceOnly());
        RobotDescription robot = p.loadRobot();
        PolicyModel model = p.toModel(robot, p.initialParameters(p.shape(robot), 0.1, new SplittableRandom(5)), null);
        Evaluation e = new Evaluation(model, robot, SIM);
        List<MorphologyResult> r = e.run(List.of("intact", "weak:left-front-knee=1.0@30", "lock:left-front-knee",
                "lock:left-front-knee@0", "lock:left-front-knee@40"), 3, 1, 2);
        MorphologyResult intact = r.get(0);
        assertThat(intact.afterOnset()).isEmpty();
        // a damage that changes nothing: the same episodes, the intact distance over the same steps, ratio 1
        MorphologyResult noop = r.get(1);
        assertThat(noop.distancesM()).isEqualTo(intact.distancesM());
        MorphologyResult.AfterOnset a = noop.afterOnset().orElseThrow();
        assertThat(a.onsetStep()).isEqualTo(30);
        assertThat(a.meanM()).isEqualTo(a.intactMeanM());
        assertThat(a.ratioToIntact()).isEqualTo(1.0);
        // onset at 0 is the build-time damage; everything walked is after the onset
        MorphologyResult lock = r.get(2);
        MorphologyResult atZero = r.get(3);
        assertThat(atZero.distancesM()).isEqualTo(lock.distancesM());
        assertThat(atZero.afterOnset().orElseThrow().distancesM()).isEqualTo(lock.distancesM());
        assertThat(atZero.afterOnset().orElseThrow().intactMeanM()).isEqualTo(intact.meanDistanceM());
        MorphologyResult.AfterOnset late = r.get(4).afterOnset().orElseThrow();
        assertThat(late.meanM()).isNotEqualTo(late.intactMeanM());
        // without intact in the list it is evaluated anyway, with the same result, on any thread count
        MorphologyResult alone = e.run(List.of("lock:left-front-knee@40"), 3, 1, 1).get(0);
        assertThat(alone.afterOnset().orElseThrow().distancesM()).isEqualTo(late.distancesM());
        assertThat(alone.afterOnset().orElseThrow().intactMeanM()).isEqualTo(late.intactMeanM());

        assertThatThrownBy(() -> e.run(List.of("damaged-left-front@10"), 1, 1, 1)).hasMessageContaining("changes the body");
        assertThatThrownBy(() -> e.run(List.of("lock:left-front-knee@80"), 1, 1, 1))
                .hasMessageContaining("beyond the 80-step episode");
        assertThatThrownBy(() -> e.run(List.of("lock:left-front-elbow@8"), 1, 1, 1))
                .hasMessageContaining("left-front-elbow");
    }
}
