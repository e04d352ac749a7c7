package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.RobotDeployment;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.evolution.analysis.Evaluation;
import io.hebbian.sim.env.ControlMode;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper-faithful options through the problem, its JSON, the model file and an evaluation from that file. */
class PaperFaithfulProblemTest {

    @TempDir
    Path dir;

    private static final SimSettings TORQUE = SimSettings.paper().withControl(ControlMode.TORQUE).withEpisodeSteps(60);

    private static TrainingProblem paper(boolean heading) {
        return new TrainingProblem("ant-pybullet", List.of("intact", "damaged-right-front"),
                List.of("damaged-left-front"), TORQUE, PolicyKind.HEBBIAN, PlasticityRule.ABCD_eta, new int[] {8},
                NetworkSettings.paper(), false, heading, FitnessWeights.distanceOnly(), RuleSharing.SYNAPSE, false,
                Optional.empty(), ObservationKind.PAPER);
    }

    @Test
    void theProblemRoundTripsAndOlderProblemsReadAsTheRobotObservation() throws Exception {
        ObjectNode json = paper(false).toJson();
        assertThat(json.get("observation").asText()).isEqualTo("paper");
        TrainingProblem back = TrainingProblem.fromJson(json);
        assertThat(back.observation()).isEqualTo(ObservationKind.PAPER);
        assertThat(back.sim().control()).isEqualTo(ControlMode.TORQUE);
        assertThat(TrainingProblem.fromJson(json.deepCopy().without("observation")).observation())
                .isEqualTo(ObservationKind.ROBOT);
        RobotDescription ant = back.loadRobot();
        assertThat(back.observationSpec(ant).size()).isEqualTo(28);
        assertThat(back.shape(ant).inputSize()).isEqualTo(28);
        assertThatThrownBy(() -> paper(true)).hasMessageContaining("already holds the heading and the foot contacts");
    }

    @Test
    void aModelFileRebuildsTheSameEnvAndIsRefusedOnRobots() throws Exception {
        TrainingProblem p = paper(false);
        RobotDescription ant = p.loadRobot();
        double[] theta = p.initialParameters(p.shape(ant), 0.1, new SplittableRandom(2));
        PolicyModel model = p.toModel(ant, theta, JsonNodeFactory.instance.objectNode().set("problem", p.toJson()));
        Path f = dir.resolve("paper.json");
        ModelFile.write(model, f);
        PolicyModel read = ModelFile.read(f);
        assertThat(read.requireObservation()).isEqualTo(p.observationSpec(ant));
        assertThat(RobotDeployment.refusal(read)).hasValueSatisfying(s -> assertThat(s)
                .contains("privileged simulator state").contains("torque control"));
        SimSettings fromFile = SimSettings.fromJson(read.physics());
        assertThat(fromFile).isEqualTo(TORQUE);
        RobotDescription robot = Robots.load(read.requireRobot());
        double[] direct = new Evaluation(model, ant, TORQUE).run(List.of("damaged-left-front"), 2, 4, 1).get(0)
                .distancesM();
        double[] viaFile = new Evaluation(read, robot, fromFile).run(List.of("damaged-left-front"), 2, 4, 1).get(0)
                .distancesM();
        assertThat(viaFile).containsExactly(direct);
        assertThat(TrainingProblem.fromJson(read.training().get("problem")).observation()).isEqualTo(ObservationKind.PAPER);
    }
}
