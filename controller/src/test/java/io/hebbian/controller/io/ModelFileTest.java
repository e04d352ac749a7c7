package io.hebbian.controller.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.PlasticitySchedule;
import io.hebbian.controller.network.WeightInit;
import io.hebbian.controller.network.WeightNormalization;
import io.hebbian.controller.plasticity.HebbianCoefficients;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.controller.plasticity.Term;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.controller.spec.ObservationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    static Path golden(String name) throws Exception {
        return Path.of(ModelFileTest.class.getResource("/golden/" + name).toURI());
    }

    @Test
    void readsTheGoldenFile() throws Exception {
        PolicyModel m = ModelFile.read(golden("tiny-abcd-eta.json"));
        HebbianCoefficients c = ((PolicyParameters.Hebbian) m.parameters()).coefficients();
        assertThat(c.rule()).isEqualTo(PlasticityRule.ABCD_eta);
        assertThat(c.termArray(0, Term.ETA)).containsExactly(1.0, 0.5);
        assertThat(c.get(0, Term.D, 0, 1)).isEqualTo(-0.02);
        assertThat(m.robot()).contains("tiny");
        assertThat(m.requireObservation().channelNames()).containsExactly("joint_pos/knee", "gyro/z");
        assertThat(m.requireAction().joints().get(0).maxVelocityRadPerSec()).isEqualTo(6.0);
        assertThat(m.physics().get("controlPeriodSeconds").asDouble()).isEqualTo(0.0165);
        assertThat(m.training().get("seed").asInt()).isEqualTo(7);
    }

    @Test
    void roundTripsEveryRuleExactly() throws Exception {
        NetworkShape shape = new NetworkShape(new int[] {3, 4, 2});
        SplittableRandom r = new SplittableRandom(1);
        for (PlasticityRule rule : PlasticityRule.values()) {
            double[] p = new double[HebbianCoefficients.parameterCount(rule, shape)];
            for (int k = 0; k < p.length; k++) {
                p[k] = r.nextGaussian() / 3;
            }
            PolicyModel m = PolicyModel.bare(new PolicyParameters.Hebbian(HebbianCoefficients.fromParameters(rule, shape, p)),
                    new NetworkSettings(new WeightInit.Normal(0.05), WeightNormalization.VARIANCE));
            Path f = dir.resolve(rule + ".json");
            ModelFile.write(m, f);
            PolicyModel back = ModelFile.read(f);
            assertThat(((PolicyParameters.Hebbian) back.parameters()).coefficients().toParameters()).containsExactly(p);
            assertThat(back.network()).isEqualTo(m.network());
        }
    }

    @Test
    void roundTripsStaticModelsAndSpecs() throws Exception {
        NetworkShape shape = new NetworkShape(new int[] {4, 1});
        List<JointLimits> joints = List.of(new JointLimits("knee", -1, 1));
        PolicyModel m = new PolicyModel(new PolicyParameters.Static(new NetworkWeights(shape,
                new double[][] {{0.25, -1e-17, 0.5, 2}})),
                NetworkSettings.paper(), Optional.of(new ObservationSpec(List.of(
                        ObservationChannel.jointPosition(joints.get(0)),
                        ObservationChannel.imu(ObservationChannel.Source.GYRO, 2, 0.25),
                        ObservationChannel.heading(1),
                        ObservationChannel.footContact("left-front")), 5)),
                Optional.of(new ActionSpec(joints)), Optional.of("tiny"), null, null);
        Path f = dir.resolve("static.json");
        ModelFile.write(m, f);
        PolicyModel back = ModelFile.read(f);
        assertThat(back.parameters().ruleName()).isEqualTo("static");
        assertThat(((PolicyParameters.Static) back.parameters()).weights().layer(0)).containsExactly(0.25, -1e-17, 0.5, 2);
        assertThat(Files.readString(f)).contains("\"source\" : \"foot_contact\"").contains("\"leg\" : \"left-front\"");
        assertThat(back.observation()).isEqualTo(m.observation());
        assertThat(back.action()).isEqualTo(m.action());
    }

    @Test
    void coevolvedInitialWeightsTravelAsW() throws Exception {
        PolicyModel golden = ModelFile.read(golden("tiny-abcd-eta.json"));
        NetworkWeights w0 = new NetworkWeights(golden.parameters().shape(), new double[][] {{0.3, 0.7}});
        PolicyModel m = PolicyModel.bare(golden.parameters(), new NetworkSettings(new WeightInit.Fixed(w0), WeightNormalization.NONE));
        Path f = dir.resolve("coevolved.json");
        ModelFile.write(m, f);
        WeightInit init = ModelFile.read(f).network().init();
        assertThat(init).isInstanceOf(WeightInit.Fixed.class);
        assertThat(((WeightInit.Fixed) init).weights().layer(0)).containsExactly(0.3, 0.7);
    }

    @Test
    void slowPlasticityTravelsInTheNetworkSectionAndBadValuesNameTheField() throws Exception {
        PolicyModel golden = ModelFile.read(golden("tiny-abcd-eta.json"));
        assertThat(golden.network().schedule()).isEqualTo(PlasticitySchedule.EVERY_STEP);
        PolicyModel m = PolicyModel.bare(golden.parameters(), new NetworkSettings(WeightInit.paperUniform(),
                WeightNormalization.MAX_ABS, new PlasticitySchedule(4, 10)));
        Path f = dir.resolve("slow.json");
        ModelFile.write(m, f);
        assertThat(Files.readString(f)).contains("\"plasticity\" : {");
        assertThat(ModelFile.read(f).network()).isEqualTo(m.network());
        assertThat(ModelFile.read(f).newPolicy()).isInstanceOfSatisfying(HebbianNetwork.class,
                n -> assertThat(n.schedule()).isEqualTo(new PlasticitySchedule(4, 10)));
        assertBroken(r -> ((ObjectNode) r.get("network")).putObject("plasticity").put("interval", 0).put("window", 1),
                "network.plasticity: plasticity interval must be within [1, 1000] control steps: 0");
        assertBroken(r -> ((ObjectNode) r.get("network")).putObject("plasticity").put("interval", 2),
                "network.plasticity.window");
    }

    @Test
    void theActionFilterTravelsForEveryKindOfNetwork() throws Exception {
        PolicyModel golden = ModelFile.read(golden("tiny-abcd-eta.json"));
        assertThat(golden.network().actionFilter()).isEqualTo(NetworkSettings.NO_FILTER);
        PolicyModel m = PolicyModel.bare(golden.parameters(), NetworkSettings.paper().withActionFilter(0.1));
        Path f = dir.resolve("filtered.json");
        ModelFile.write(m, f);
        assertThat(Files.readString(f)).contains("\"actionFilter\" : 0.1");
        assertThat(ModelFile.read(f).newPolicy()).isInstanceOfSatisfying(HebbianNetwork.class,
                n -> assertThat(n.actionFilter()).isEqualTo(0.1));
        PolicyModel stat = PolicyModel.bare(new PolicyParameters.Static(new NetworkWeights(new NetworkShape(
                new int[] {2, 1}), new double[][] {{0.5, 0.5}})), NetworkSettings.paper().withActionFilter(0.5));
        ModelFile.write(stat, f);
        assertThat(ModelFile.read(f).newPolicy()).isInstanceOfSatisfying(
                io.hebbian.controller.network.StaticNetwork.class, n -> assertThat(n.actionFilter()).isEqualTo(0.5));
        assertBroken(r -> ((ObjectNode) r.get("network")).put("actionFilter", 0.0),
                "network.actionFilter: action filter coefficient must be within (0, 1], 1 for none: 0.0");
    }

    @Test
    void weightsFileRoundTrips() throws Exception {
        NetworkWeights w = WeightsFile.read(golden("tiny-weights.json"));
        assertThat(w.layer(0)).containsExactly(0.2, -0.4);
        Path f = dir.resolve("w.json");
        WeightsFile.write(w, f);
        assertThat(WeightsFile.read(f).flatten()).containsExactly(0.2, -0.4);
    }

    private void assertBroken(Consumer<ObjectNode> breakIt, String expectedMessagePart) throws Exception {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = (ObjectNode) om.readTree(golden("tiny-abcd-eta.json").toFile());
        breakIt.accept(root);
        Path f = dir.resolve("broken.json");
        // 12345.0 stands for a number too large for a double, which Jackson cannot write itself
        Files.writeString(f, om.writeValueAsString(root).replace("12345.0", "1e999"));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining(expectedMessagePart);
    }

    private static ObjectNode layer0(ObjectNode root) {
        return (ObjectNode) root.get("layers").get(0);
    }

    @Test
    void badFilesNameTheField() throws Exception {
        assertBroken(r -> ((ArrayNode) layer0(r).get("A")).remove(1), "layers[0].A: expected 2 values (1 out x 2 in), got 1");
        assertBroken(r -> ((ArrayNode) layer0(r).get("B")).set(0, "NaN"), "layers[0].B[0]: expected a number");
        assertBroken(r -> ((ArrayNode) layer0(r).get("C")).set(1, 12345.0), "layers[0].C[1]: value is not finite");
        assertBroken(r -> r.put("rule", "ABCDE"), "rule: unknown plasticity rule 'ABCDE'");
        assertBroken(r -> r.put("version", 2), "version: this build reads version 1");
        assertBroken(r -> r.put("format", "something-else"), "format: expected 'hebbian-coefficients'");
        assertBroken(r -> layer0(r).remove("eta"), "layers[0].eta: missing");
        assertBroken(r -> r.put("rule", "AD"), "layers[0].B: rule AD has no term B");
        assertBroken(r -> {
            ObjectNode second = ((ArrayNode) r.get("layers")).addObject();
            second.put("in", 3).put("out", 1);
        }, "layers[1].in: layers do not chain: layer 0 has 1 outputs but layer 1 has 3 inputs");
        assertBroken(r -> ((ArrayNode) r.get("observation").get("channels")).remove(1),
                "observation spec has 1 channels but the network takes 2 inputs");
        assertBroken(r -> ((ObjectNode) r.get("observation").get("channels").get(1)).put("source", "lidar"),
                "observation.channels[1]: unknown observation source 'lidar'");
        assertBroken(r -> ((ObjectNode) r.get("action").get("joints").get(0)).put("lower", 2.0),
                "action.joints[0]: joint knee: need finite lower < upper");
        assertBroken(r -> ((ObjectNode) r.get("network")).put("normalization", "l2"),
                "network.normalization: unknown weight normalisation 'l2'");
    }

    @Test
    void unknownKeysAreErrorsAtEveryLevel() throws Exception {
        assertBroken(r -> r.put("rul", "AD"), "rul: unknown key; known keys at the top level are");
        assertBroken(r -> layer0(r).put("Eta", 1), "layers[0].Eta: unknown key");
        assertBroken(r -> ((ObjectNode) r.get("network")).put("normalisation", "none"),
                "network.normalisation: unknown key");
        assertBroken(r -> ((ObjectNode) r.get("action").get("joints").get(0)).put("maxVelocityRad", 1.0),
                "action.joints[0].maxVelocityRad: unknown key");
        assertBroken(r -> ((ObjectNode) r.get("observation")).put("clipping", 5.0),
                "observation.clipping: unknown key");
    }

    @Test
    void fixedInitNeedsWeights() throws Exception {
        assertBroken(r -> ((ObjectNode) r.get("network")).putObject("init").put("kind", "fixed"),
                "network.init.kind: fixed needs a W array in every layer");
    }

    @Test
    void weightsAreInEveryLayerOrNone() throws Exception {
        NetworkShape shape = new NetworkShape(new int[] {2, 2, 1});
        double[] p = new double[HebbianCoefficients.parameterCount(PlasticityRule.ABCD_eta, shape)];
        NetworkWeights w0 = new NetworkWeights(shape, new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.6}});
        PolicyModel m = PolicyModel.bare(new PolicyParameters.Hebbian(
                HebbianCoefficients.fromParameters(PlasticityRule.ABCD_eta, shape, p)),
                new NetworkSettings(new WeightInit.Fixed(w0), WeightNormalization.NONE));
        ObjectNode root = ModelFile.toJson(m);
        ((ObjectNode) root.get("layers").get(0)).remove("W");
        ((ObjectNode) root.get("network").get("init")).put("kind", "uniform");
        assertThatThrownBy(() -> ModelFile.fromJson(root)).isInstanceOf(FormatException.class)
                .hasMessageContaining("layers: W must be in every layer or in none; layers [1] have it, layers [0] do not");
    }

    @Test
    void corruptJsonGivesLineAndColumn() throws Exception {
        Path f = dir.resolve("corrupt.json");
        Files.writeString(f, "{\"format\": \"hebbian-coefficients\",\n \"version\": 1,\n \"rule\": ");
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 3");
    }

    @Test
    void missingFileIsNoSuchFile() {
        assertThatThrownBy(() -> ModelFile.read(dir.resolve("nope.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void atomicWriteReplacesWholeFileAndLeavesNoTemporaries() throws Exception {
        Path f = dir.resolve("a.json");
        AtomicFiles.write(f, "old".getBytes());
        AtomicFiles.write(f, "new".getBytes());
        assertThat(Files.readString(f)).isEqualTo("new");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }
}
