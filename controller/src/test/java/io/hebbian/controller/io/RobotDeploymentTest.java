package io.hebbian.controller.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.network.NetworkShape;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.spec.ActionSpec;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.ObservationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paper-observation, torque-control model: its file says so, round-trips, and robots refuse it in one line. */
class RobotDeploymentTest {

    @TempDir
    Path dir;

    private static final List<JointLimits> JOINTS = List.of(new JointLimits("hip", -0.7, 0.7),
            new JointLimits("ankle", 0.5, 1.7));

    static PolicyModel model(ObservationSpec obs, String control) {
        NetworkShape shape = new NetworkShape(new int[] {obs.size(), JOINTS.size()});
        ObjectNode physics = JsonNodeFactory.instance.objectNode().put("controlPeriodSeconds", 0.0165);
        if (control != null) {
            physics.put(RobotDeployment.CONTROL_KEY, control);
        }
        return new PolicyModel(new PolicyParameters.Static(new NetworkWeights(shape,
                new double[][] {new double[obs.size() * JOINTS.size()]})), NetworkSettings.paper(), Optional.of(obs),
                Optional.of(new ActionSpec(JOINTS)), Optional.of("ant-pybullet"), physics, null);
    }

    @Test
    void aPaperModelRoundTripsAndItsFileSaysItIsPrivileged() throws Exception {
        PolicyModel m = model(ObservationSpec.paper(JOINTS, List.of("front")), "torque");
        Path f = dir.resolve("paper.json");
        ModelFile.write(m, f);
        PolicyModel back = ModelFile.read(f);
        assertThat(back.observation()).isEqualTo(m.observation());
        assertThat(back.requireObservation().size()).isEqualTo(8 + 2 * 2 + 1);
        assertThat(back.physics().get("control").asText()).isEqualTo("torque");
        String text = Files.readString(f);
        assertThat(text).contains("\"privileged\" : true").contains("\"source\" : \"body_velocity\"")
                .contains("\"source\" : \"roll\"");
        Files.writeString(f, text.replace("\"privileged\" : true", "\"privileged\" : false"));
        assertThatThrownBy(() -> ModelFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageContaining("observation.privileged: false, but the channels read privileged state "
                        + "[body_height, body_velocity/x, body_velocity/y, body_velocity/z]");
    }

    @Test
    void robotsRefusePrivilegedInputsAndTorqueControlInOneLine() {
        assertThatThrownBy(() -> RobotDeployment.require(model(ObservationSpec.paper(JOINTS, List.of()), null), "m.json"))
                .isInstanceOf(FormatException.class)
                .hasMessage("m.json: refused on a robot: it reads privileged simulator state [body_height, "
                        + "body_velocity/x, body_velocity/y, body_velocity/z] that a robot cannot measure (trained with "
                        + "--observation paper); run it in simulation (sim-run, evaluate, replay)");
        ObservationSpec robot = ObservationSpec.standard(JOINTS, false, true);
        assertThat(RobotDeployment.refusal(model(robot, "torque"))).hasValueSatisfying(s -> assertThat(s)
                .contains("it was trained with torque control (physics.control), but robot nodes command joint "
                        + "positions"));
        assertThat(RobotDeployment.refusal(model(robot, "position"))).isEmpty();
        assertThat(RobotDeployment.refusal(model(robot, null))).as("files from before the option").isEmpty();
    }
}
