package io.hebbian.evolution.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.io.PolicyParameters;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.RuleSharing;
import io.hebbian.controller.plasticity.Term;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrainingProblemTest {

    private static TrainingProblem problem(PolicyKind kind, RuleSharing sharing) {
        return new TrainingProblem("ant", List.of("intact"), List.of(), SimSettings.recommended(), kind,
                PlasticityRule.ABCD_eta, new int[] {16},
                new NetworkSettings(WeightInit.paperUniform(), WeightNormalization.MAX_ABS), false, true,
                new FitnessWeights(0.01, 0, 0), sharing, false, java.util.Optional.empty());
    }

    @Test
    void sharedRulesAreACompactGenomeThatExpandsToPerSynapseCoefficients() throws Exception {
        TrainingProblem p = problem(PolicyKind.HEBBIAN, RuleSharing.POST);
        RobotDescription ant = p.loadRobot();
        NetworkShape shape = p.shape(ant);
        // one rule per hidden (16) and output (8) neuron, five terms each
        assertThat(p.dimension(shape)).isEqualTo((16 + 8) * 5);
        double[] params = p.initialParameters(shape, 1.0, new SplittableRandom(1));
        HebbianCoefficients c = ((PolicyParameters.Hebbian) p.decode(shape, params).parameters()).coefficients();
        int in = shape.in(0);
        // hidden neuron 3's rule on every one of its input synapses
        for (int i = 0; i < in; i++) {
            assertThat(c.get(0, Term.A, 3, i)).isEqualTo(params[3 * 5]);
            assertThat(c.get(0, Term.ETA, 3, i)).isEqualTo(params[3 * 5 + 4]);
        }
        // output neuron 0's rule starts after the 16 hidden rules
        assertThat(c.get(1, Term.D, 0, 15)).isEqualTo(params[16 * 5 + 3]);
    }

    @Test
    void sharingRoundTripsThroughJsonAndOldProblemsReadAsOneRulePerSynapse() throws Exception {
        TrainingProblem p = problem(PolicyKind.COEVOLVE, RuleSharing.PRE);
        ObjectNode json = p.toJson();
        assertThat(json.get("ruleSharing").asText()).isEqualTo("pre");
        TrainingProblem back = TrainingProblem.fromJson(json);
        assertThat(back.sharing()).isEqualTo(RuleSharing.PRE);
        NetworkShape shape = back.shape(back.loadRobot());
        assertThat(back.dimension(shape)).isEqualTo(p.dimension(shape));

        ObjectNode old = problem(PolicyKind.HEBBIAN, RuleSharing.SYNAPSE).toJson();
        assertThat(old.has("ruleSharing")).isFalse();
        assertThat(TrainingProblem.fromJson(old).sharing()).isEqualTo(RuleSharing.SYNAPSE);

        json.put("ruleSharing", "neuron");
        assertThatThrownBy(() -> TrainingProblem.fromJson(json)).hasMessageContaining("synapse, post, pre, diagonal, layer");
    }

    @Test
    void footContactsAppendOneInputPerLegAndRoundTrip() throws Exception {
        TrainingProblem plain = problem(PolicyKind.HEBBIAN, RuleSharing.SYNAPSE);
        TrainingProblem p = new TrainingProblem(plain.robot(), plain.morphologies(), plain.heldOut(), plain.sim(),
                plain.kind(), plain.rule(), plain.hidden(), plain.network(), false, true, plain.fitness(),
                RuleSharing.SYNAPSE, true, java.util.Optional.empty());
        RobotDescription ant = p.loadRobot();
        var spec = p.observationSpec(ant);
        assertThat(spec.size()).isEqualTo(plain.observationSpec(ant).size() + 4);
        assertThat(spec.channelNames().subList(spec.size() - 4, spec.size()))
                .containsExactly("foot_contact/left-front", "foot_contact/right-front", "foot_contact/left-back",
                        "foot_contact/right-back");
        ObjectNode json = p.toJson();
        assertThat(json.get("withFootContacts").asBoolean()).isTrue();
        assertThat(TrainingProblem.fromJson(json).withFootContacts()).isTrue();
        assertThat(plain.toJson().has("withFootContacts")).isFalse();
    }

    @Test
    void slowPlasticityAndTheActionFilterRoundTripAndReachTheDeployedNetwork() throws Exception {
        TrainingProblem plain = problem(PolicyKind.HEBBIAN, RuleSharing.SYNAPSE);
        assertThat(plain.toJson().has("plasticity")).isFalse();
        TrainingProblem p = new TrainingProblem(plain.robot(), plain.morphologies(), plain.heldOut(), plain.sim(),
                plain.kind(), plain.rule(), plain.hidden(), new NetworkSettings(WeightInit.paperUniform(),
                WeightNormalization.MAX_ABS, new PlasticitySchedule(4, 10), 0.3), false, true, plain.fitness(),
                RuleSharing.SYNAPSE, false, java.util.Optional.empty());
        ObjectNode json = p.toJson();
        assertThat(json.get("plasticity").get("interval").asInt()).isEqualTo(4);
        TrainingProblem back = TrainingProblem.fromJson(json);
        assertThat(back.network().schedule()).isEqualTo(new PlasticitySchedule(4, 10));
        assertThat(json.get("actionFilter").asDouble()).isEqualTo(0.3);
        assertThat(back.network().actionFilter()).isEqualTo(0.3);
        assertThat(plain.toJson().has("actionFilter")).isFalse();
        RobotDescription ant = back.loadRobot();
        NetworkShape shape = back.shape(ant);
        var model = back.toModel(ant, back.initialParameters(shape, 0.1, new SplittableRandom(1)),
                new com.fasterxml.jackson.databind.node.ObjectNode(
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance));
        assertThat(model.newPolicy()).isInstanceOfSatisfying(io.hebbian.controller.network.HebbianNetwork.class,
                n -> assertThat(n.schedule()).isEqualTo(new PlasticitySchedule(4, 10)));
        ((ObjectNode) json.get("plasticity")).put("window", 0);
        assertThatThrownBy(() -> TrainingProblem.fromJson(json)).hasMessageContaining("activity window must be within");
    }

    @Test
    void staticWeightsHaveNoRulesToShare() {
        assertThatThrownBy(() -> problem(PolicyKind.STATIC, RuleSharing.POST))
                .hasMessageContaining("applies to Hebbian rules");
    }
}
