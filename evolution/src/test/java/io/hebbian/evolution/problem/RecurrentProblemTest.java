package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.GruNetwork;
import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The {@link PolicyKind#RECURRENT} problem: its vector, its JSON, and what it refuses. */
class RecurrentProblemTest {

    private static TrainingProblem problem(int[] hidden, WeightNormalization normalization, RuleSharing sharing) {
        return new TrainingProblem("ant", List.of("intact"), List.of(), SimSettings.recommended(), PolicyKind.RECURRENT,
                PlasticityRule.ABCD_eta, hidden, new NetworkSettings(WeightInit.paperUniform(), normalization), false,
                true, FitnessWeights.distanceOnly(), sharing, true, Optional.empty());
    }

    @Test
    void theVectorIsAGruOfSimilarSizeToTheHebbianH32Network() throws Exception {
        TrainingProblem p = problem(new int[] {32}, WeightNormalization.NONE, RuleSharing.SYNAPSE);
        RobotDescription ant = p.loadRobot();
        NetworkShape shape = p.shape(ant);
        int n = shape.inputSize();
        assertThat(p.dimension(shape)).isEqualTo(3 * 32 * (n + 32) + 32 * 8);
        TrainingProblem hebbian = new TrainingProblem(p.robot(), p.morphologies(), p.heldOut(), p.sim(),
                PolicyKind.HEBBIAN, p.rule(), p.hidden(), p.network(), false, true, p.fitness(), RuleSharing.SYNAPSE,
                true, Optional.empty());
        double ratio = (double) p.dimension(shape) / hebbian.dimension(shape);
        assertThat(ratio).as("GRU parameters / Hebbian coefficients at H = 32").isBetween(0.9, 1.2);

        double[] theta = p.initialParameters(shape, 0.1, new SplittableRandom(3));
        PolicyModel m = p.toModel(ant, theta, null);
        GruWeights w = ((PolicyParameters.Recurrent) m.parameters()).weights();
        assertThat(w.flatten()).containsExactly(theta);
        assertThat(m.newPolicy()).isInstanceOf(GruNetwork.class);
        assertThat(m.requireObservation().size()).isEqualTo(n);
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        TrainingProblem p = problem(new int[] {12}, WeightNormalization.NONE, RuleSharing.SYNAPSE);
        ObjectNode json = p.toJson();
        assertThat(json.get("kind").asText()).isEqualTo("recurrent");
        TrainingProblem back = TrainingProblem.fromJson(json);
        assertThat(back.kind()).isEqualTo(PolicyKind.RECURRENT);
        assertThat(back.hidden()).containsExactly(12);
        json.put("kind", "lstm");
        assertThatThrownBy(() -> TrainingProblem.fromJson(json)).hasMessageContaining("static, coevolve or recurrent");
    }

    @Test
    void refusesSettingsThatOnlyPlasticNetworksHave() {
        assertThatThrownBy(() -> problem(new int[] {32, 16}, WeightNormalization.NONE, RuleSharing.SYNAPSE))
                .hasMessage("a recurrent policy has one GRU layer: one hidden size, got [32, 16]");
        assertThatThrownBy(() -> problem(new int[] {32}, WeightNormalization.MAX_ABS, RuleSharing.SYNAPSE))
                .hasMessageContaining("'max-abs' applies to plastic weights");
        assertThatThrownBy(() -> problem(new int[] {32}, WeightNormalization.NONE, RuleSharing.POST))
                .hasMessageContaining("applies to Hebbian rules, not to recurrent weights");
    }
}
