package io.hebbian.firmware.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServoConfigTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheExampleQuadConfig() throws Exception {
        ServoConfig c = ServoConfig.load(Path.of("config/servo-quad-dynamixel.yaml"));
        assertThat(c.protocol()).isEqualTo(Protocol.DYNAMIXEL2);
        assertThat(c.jointNames()).hasSize(12).startsWith("lf_hip_abd_joint", "lf_hip_flex_joint", "lf_knee_joint");
        assertThat(c.jointLimits().get(2).lowerRad()).isEqualTo(-2.6);
        assertThat(c.legs()).containsKeys("left-front", "right-back");
        assertThat(c.fastSyncRead()).isTrue();
    }

    @Test
    void loadsJson() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"protocol\":\"maestro\",\"joints\":[{\"name\":\"a\",\"channel\":0,"
                + "\"lowerRad\":-1,\"upperRad\":1}]}");
        ServoConfig c = ServoConfig.load(f);
        assertThat(c.baud()).isEqualTo(115_200);
        assertThat(c.joints().get(0).id()).isZero();
    }

    private String error(String yaml) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        try {
            ServoConfig.load(f);
        } catch (io.hebbian.controller.io.FormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + yaml);
    }

    @Test
    void validationErrorsNameTheFileAndTheFix() throws Exception {
        String j = "joints: [{name: a, id: 1, lowerDeg: -10, upperDeg: 10}";
        assertThat(error("protocol: dynamixel3\n" + j + "]")).contains("bad.yaml").contains("unknown protocol 'dynamixel3'");
        assertThat(error("protocol: dynamixel2\n" + j + ", {name: a, id: 2, lowerDeg: -1, upperDeg: 1}]"))
                .contains("joint name 'a' appears twice");
        assertThat(error("protocol: dynamixel2\n" + j + ", {name: b, id: 1, lowerDeg: -1, upperDeg: 1}]"))
                .contains("id 1 is used by another joint");
        assertThat(error("protocol: dynamixel2\njoints: [{name: a, id: 1, lowerDeg: 10, upperDeg: -10}]"))
                .contains("need finite lower < upper");
        assertThat(error("protocol: dynamixel2\njoints: [{name: a, id: 1, upperDeg: 10}]")).contains("joints[0].lowerRad: missing");
        assertThat(error("protocol: dynamixel2\nbaudrate: 5\n" + j + "]")).contains("baudrate: unknown key");
        assertThat(error("protocol: dynamixel2\njoints: [{name: a, id: 1, lowerDeg: -10, upperDeg: 10, speed: 3}]"))
                .contains("joints[0].speed: unknown key");
        assertThat(error("protocol: dynamixel2\nunits: {unitsPerDeg: 3}\n" + j + "]")).contains("units.unitsPerDeg: unknown key");
        assertThat(error("protocol: dynamixel2\n" + j + "]\nlegs: {left-front: [zz]}")).contains("unknown joint 'zz'");
        assertThat(error("protocol: maestro\njoints: [{name: a, channel: 30, lowerDeg: -1, upperDeg: 1}]"))
                .contains("out of range 0..23");
    }

    @Test
    void directionMustBePlusOrMinusOne() {
        assertThatThrownBy(() -> new JointConfig("k", 1, 2, 0, -1, 1, 1)).hasMessageContaining("direction must be 1 or -1, got 2");
    }
}
