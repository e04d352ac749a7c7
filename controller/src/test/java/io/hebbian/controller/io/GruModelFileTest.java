package io.hebbian.controller.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.GruNetwork;
import io.hebbian.controller.network.GruWeights;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.StaticNetwork;
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

/** {@code "rule": "gru"} model files: round trip, the shipped older files, and broken files naming the field. */
class GruModelFileTest {

    @TempDir
    Path dir;

    private static PolicyModel gruModel() {
        NetworkShape shape = new NetworkShape(new int[] {2, 3, 1});
        double[] p = new double[GruWeights.parameterCount(shape)];
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < p.length; k++) {
            p[k] = r.nextGaussian() / 3;
        }
        JointLimits knee = new JointLimits("knee", -1, 1);
        ObservationSpec obs = new ObservationSpec(List.of(ObservationChannel.jointPosition(knee),
                ObservationChannel.imu(ObservationChannel.Source.GYRO, 2, 0.25)), 5);
        return new PolicyModel(new PolicyParameters.Recurrent(GruWeights.unflatten(shape, p)), NetworkSettings.paper(),
                Optional.of(obs), Optional.of(new ActionSpec(List.of(knee))), Optional.of("tiny"), null, null);
    }

    @Test
    void roundTripsExactlyWithTheTextbookMatricesNamed() throws Exception {
        PolicyModel m = gruModel();
        Path f = dir.resolve("gru.json");
        ModelFile.write(m, f);
        String text = Files.readString(f);
        assertThat(text).contains("\"rule\" : \"gru\"").contains("\"Wz\"").contains("\"Un\"");
        PolicyModel back = ModelFile.read(f);
        GruWeights w = ((PolicyParameters.Recurrent) back.parameters()).weights();
        GruWeights original = ((PolicyParameters.Recurrent) m.parameters()).weights();
        assertThat(w.flatten()).containsExactly(original.flatten());
        assertThat(w.recurrentWeights(GruWeights.Gate.CANDIDATE)).hasSize(9)
                .containsExactly(original.recurrentWeights(GruWeights.Gate.CANDIDATE));
        assertThat(back.parameters().ruleName()).isEqualTo("gru");
        assertThat(back.newPolicy()).isInstanceOf(GruNetwork.class);
        assertThat(back.isHebbian()).isFalse();
        assertThat(back.requireObservation().channelNames()).containsExactly("joint_pos/knee", "gyro/z");
    }

    @Test
    void theShippedOlderModelsStillLoadAsBefore() throws Exception {
        Path models = Path.of(System.getProperty("project.root", "..")).resolve("models");
        PolicyModel hebbian = ModelFile.read(models.resolve("ant-hebbian.json"));
        assertThat(hebbian.parameters()).isInstanceOf(PolicyParameters.Hebbian.class);
        assertThat(hebbian.newPolicy()).isInstanceOf(HebbianNetwork.class);
        PolicyModel stat = ModelFile.read(models.resolve("ant-static.json"));
        assertThat(stat.parameters()).isInstanceOf(PolicyParameters.Static.class);
        assertThat(stat.newPolicy()).isInstanceOf(StaticNetwork.class);
        assertThat(stat.newPolicy().weightMatrices()).hasSize(3);
    }

    private void assertBroken(Consumer<ObjectNode> breakIt, String expectedMessagePart) throws Exception {
        ObjectNode root = ModelFile.toJson(gruModel());
        breakIt.accept(root);
        Path f = dir.resolve("broken.json");
        Files.writeString(f, ModelFile.MAPPER.writeValueAsString(root));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining(expectedMessagePart);
    }

    private static ObjectNode layer(ObjectNode root, int l) {
        return (ObjectNode) root.get("layers").get(l);
    }

    @Test
    void brokenGruFilesNameTheField() throws Exception {
        assertBroken(r -> ((ArrayNode) layer(r, 0).get("Ur")).remove(0),
                "layers[0].Ur: expected 9 values (3 units x 3 units), got 8");
        assertBroken(r -> ((ArrayNode) layer(r, 0).get("Wz")).add(0.5),
                "layers[0].Wz: expected 6 values (3 units x 2 inputs), got 7");
        assertBroken(r -> ((ArrayNode) layer(r, 1).get("W")).add(0.5), "layers[1].W: expected 3 values");
        assertBroken(r -> layer(r, 0).remove("Wn"), "layers[0].Wn: missing");
        assertBroken(r -> layer(r, 0).putArray("W"), "layers[0].W: the GRU layer holds Wz, Uz, Wr, Ur, Wn and Un");
        assertBroken(r -> layer(r, 1).putArray("Uz"), "layers[1].Uz: the output layer holds only W");
        assertBroken(r -> layer(r, 0).putArray("A"), "layers[0].A: unknown key");
        assertBroken(r -> ((ArrayNode) r.get("layers")).addObject().put("in", 1).put("out", 1),
                "layers: a gru model has 2 layers");
        assertBroken(r -> r.put("rule", "grus"), "rule: unknown plasticity rule 'grus'");
    }

    @Test
    void aHebbianFileWithGruMatricesIsAnError() throws Exception {
        ObjectNode root = ModelFile.toJson(gruModel());
        root.put("rule", "static");
        Path f = dir.resolve("mixed.json");
        Files.writeString(f, ModelFile.MAPPER.writeValueAsString(root));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageContaining("layers[0].Wz: unknown key");
    }
}
