package io.hebbian.sim.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.controller.io.FormatException;
import org.junit.jupiter.api.Test;

class SimSettingsTest {

    @Test
    void paperDefaults() {
        SimSettings p = SimSettings.paper();
        assertThat(p.controlPeriodSeconds()).isEqualTo(0.0165);
        assertThat(p.substeps()).isEqualTo(4);
        assertThat(p.solverIterations()).isEqualTo(10);
        assertThat(p.episodeSteps()).isEqualTo(1000);
        assertThat(p.earlyStop()).isFalse();
        assertThat(p.withEpisodeSteps(300).episodeSteps()).isEqualTo(300);
    }

    @Test
    void jsonRoundTripThroughText() throws Exception {
        SimSettings s = SimSettings.paper().withEpisodeSteps(500).withEarlyStop(true)
                .withServo(ServoModel.hobbyPwm()).withSensors(SensorNoise.typical())
                .withRandomisation(DomainRandomisation.moderate());
        ObjectMapper m = new ObjectMapper();
        String text = m.writeValueAsString(s.toJson());
        assertThat(SimSettings.fromJson(m.readTree(text))).isEqualTo(s);
        assertThat(SimSettings.fromJson(SimSettings.paper().toJson())).isEqualTo(SimSettings.paper());
    }

    @Test
    void missingFieldsTakePaperValuesAndBadValuesNameTheField() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(SimSettings.fromJson(m.readTree("{\"substeps\": 8}")).substeps()).isEqualTo(8);
        ObjectNode bad = SimSettings.paper().toJson();
        bad.put("substeps", 0);
        assertThatThrownBy(() -> SimSettings.fromJson(bad)).isInstanceOf(FormatException.class)
                .hasMessageContaining("substeps").hasMessageContaining("0");
        ObjectNode wrongType = SimSettings.paper().toJson();
        wrongType.put("controlPeriodSeconds", "fast");
        assertThatThrownBy(() -> SimSettings.fromJson(wrongType)).hasMessageContaining("physics.controlPeriodSeconds");
        ObjectNode badServo = SimSettings.paper().toJson();
        ((ObjectNode) badServo.get("servo")).put("timeConstantSeconds", -1);
        assertThatThrownBy(() -> SimSettings.fromJson(badServo)).hasMessageContaining("physics.servo: ")
                .hasMessageContaining("-1");
        ObjectNode engine = SimSettings.paper().toJson();
        engine.put("engine", "mujoco");
        assertThatThrownBy(() -> SimSettings.fromJson(engine)).hasMessageContaining("mujoco");
    }

    @Test
    void unknownKeysAreErrorsInEverySection() throws Exception {
        ObjectNode top = SimSettings.paper().toJson();
        top.put("frictionCoeff", 0.8);
        assertThatThrownBy(() -> SimSettings.fromJson(top)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("physics.frictionCoeff: unknown key");
        for (String section : new String[] {"servo", "sensors", "randomisation"}) {
            ObjectNode o = SimSettings.paper().toJson();
            ((ObjectNode) o.get(section)).put("latencyMs", 3);
            assertThatThrownBy(() -> SimSettings.fromJson(o)).isInstanceOf(FormatException.class)
                    .hasMessageStartingWith("physics." + section + ".latencyMs: unknown key");
        }
    }

    @Test
    void servoPresetsByName() {
        for (String name : ServoModel.presetNames()) {
            assertThat(ServoModel.preset(name).name()).isEqualTo(name);
        }
        assertThatThrownBy(() -> ServoModel.preset("futaba")).hasMessageContaining("futaba")
                .hasMessageContaining("dynamixel-xl430");
    }
}
