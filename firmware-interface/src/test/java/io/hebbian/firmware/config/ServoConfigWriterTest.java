package io.hebbian.firmware.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calibrated values written into config files: in place with comments and layout kept, or a new file and why. */
class ServoConfigWriterTest {

    private static final Path EXAMPLE = Path.of("config/servo-quad-dynamixel.yaml");

    @TempDir
    Path dir;

    private final JointCalibration knee = new JointCalibration("lf_knee_joint", -1, 0.2301, -2.45437, 0.0);
    private final JointCalibration hip = new JointCalibration("rf_hip_abd_joint", 1, -0.1, -0.5, 0.55);

    private Path copy(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theExampleConfigKeepsEveryCommentAndEveryOtherCharacter() throws Exception {
        String before = Files.readString(EXAMPLE);
        Path f = copy("servos.yaml", before);
        ConfigWrite w = ServoConfigWriter.write(f, Optional.empty(), List.of(knee, hip));
        assertThat(w).isEqualTo(new ConfigWrite(f, true, ""));
        List<String> was = before.lines().toList();
        List<String> now = Files.readString(f).lines().toList();
        assertThat(now).hasSameSizeAs(was);
        List<String> changed = new ArrayList<>();
        for (int k = 0; k < was.size(); k++) {
            if (!was.get(k).equals(now.get(k))) {
                changed.add(now.get(k));
            }
        }
        assertThat(changed).containsExactly(
                "  - {name: lf_knee_joint, id: 3, direction: -1, zeroOffsetRad: 0.2301, lowerRad: -2.4544, upperRad: 0.0, "
                        + "maxVelocityRadPerSec: 6.0}",
                "  - {name: rf_hip_abd_joint, id: 4, direction: 1, zeroOffsetRad: -0.1, lowerRad: -0.5, upperRad: 0.55, "
                        + "maxVelocityRadPerSec: 6.0}");
        ServoConfig c = ServoConfig.load(f);
        assertThat(c.joints().get(2)).isEqualTo(new JointConfig("lf_knee_joint", 3, -1, 0.2301, -2.4544, 0.0, 6.0));
        assertThat(c.joints().get(3).direction()).isEqualTo(1);
        assertThat(c.joints().subList(4, 12)).isEqualTo(ServoConfig.load(EXAMPLE).joints().subList(4, 12));
    }

    @Test
    void blockStyleJointsKeepTheirDegreesAndGetMissingKeysAfterTheirId() throws Exception {
        String text = "protocol: feetech-sts   # bus of the left legs\n"
                + "joints:\n"
                + "  # the knee, measured last spring\n"
                + "  - name: lf_knee_joint\n"
                + "    id: 3        # under the shin\n"
                + "    lowerDeg: -150 # hard stop\n"
                + "    upperDeg: 0\n"
                + "  - name: lf_hip_abd_joint\n"
                + "    id: 1\n"
                + "    lowerRad: -0.6\n"
                + "    upperRad: 0.6\n";
        Path f = copy("legs.yml", text);
        Path out = dir.resolve("out.yml");
        ConfigWrite w = ServoConfigWriter.write(f, Optional.of(out), List.of(knee));
        assertThat(w.layoutKept()).isTrue();
        assertThat(Files.readString(f)).isEqualTo(text);
        assertThat(Files.readString(out)).isEqualTo("protocol: feetech-sts   # bus of the left legs\n"
                + "joints:\n"
                + "  # the knee, measured last spring\n"
                + "  - name: lf_knee_joint\n"
                + "    id: 3        # under the shin\n"
                + "    direction: -1\n"
                + "    zeroOffsetRad: 0.2301\n"
                + "    lowerDeg: -140.625 # hard stop\n"
                + "    upperDeg: 0.0\n"
                + "  - name: lf_hip_abd_joint\n"
                + "    id: 1\n"
                + "    lowerRad: -0.6\n"
                + "    upperRad: 0.6\n");
        assertThat(ServoConfig.load(out).joints().get(0).lowerRad()).isCloseTo(-2.45437, within(1e-5));
    }

    @Test
    void aLastLineWithoutLineBreakAndWindowsLineBreaksAreKept() throws Exception {
        Path f = copy("crlf.yaml", "protocol: dynamixel2\r\njoints:\r\n  - name: lf_knee_joint\r\n    lowerRad: -1\r\n"
                + "    upperRad: 1\r\n    id: 3");
        ServoConfigWriter.write(f, Optional.empty(), List.of(knee));
        assertThat(Files.readString(f)).isEqualTo("protocol: dynamixel2\r\njoints:\r\n  - name: lf_knee_joint\r\n"
                + "    lowerRad: -2.4544\r\n    upperRad: 0.0\r\n    id: 3\r\n    direction: -1\r\n    zeroOffsetRad: 0.2301");
    }

    @Test
    void jsonIsEditedInPlaceWithQuotedKeys() throws Exception {
        Path f = copy("servos.json", "{\"protocol\": \"dynamixel2\", \"joints\": [\n"
                + "  {\"name\": \"lf_knee_joint\", \"id\": 3, \"lowerRad\": -1, \"upperRad\": 1}\n]}\n");
        assertThat(ServoConfigWriter.write(f, Optional.empty(), List.of(knee)).layoutKept()).isTrue();
        assertThat(Files.readString(f)).isEqualTo("{\"protocol\": \"dynamixel2\", \"joints\": [\n"
                + "  {\"name\": \"lf_knee_joint\", \"id\": 3, \"direction\": -1, \"zeroOffsetRad\": 0.2301, "
                + "\"lowerRad\": -2.4544, \"upperRad\": 0.0}\n]}\n");
    }

    @Test
    void anchorsCannotBeEditedInPlaceSoANewFileIsWrittenAndTheOriginalKept() throws Exception {
        String text = "# anchored for a later alias\nprotocol: dynamixel2\njoints:\n"
                + "  - {name: lf_knee_joint, id: 3, lowerRad: &lo -1.0, upperRad: 1.0}\n"
                + "  - {name: lf_hip_abd_joint, id: 1, lowerRad: -1.0, upperRad: 1.0}\n";
        Path f = copy("servos.yaml", text);
        ConfigWrite w = ServoConfigWriter.write(f, Optional.empty(), List.of(knee));
        assertThat(w).isEqualTo(new ConfigWrite(dir.resolve("servos.calibrated.yaml"), false,
                "it uses YAML anchors, aliases or merge keys"));
        assertThat(Files.readString(f)).isEqualTo(text);
        String generated = Files.readString(w.file());
        assertThat(generated).startsWith("# Written by 'hebbian servo calibrate' from servos.yaml (its comments are not "
                + "in this file)\n");
        ServoConfig c = ServoConfig.load(w.file());
        assertThat(c.joints().get(0)).isEqualTo(new JointConfig("lf_knee_joint", 3, -1, 0.2301, -2.4544, 0.0,
                Double.POSITIVE_INFINITY));
        assertThat(c.joints().get(1).lowerRad()).isEqualTo(-1.0);
    }

    @Test
    void anExplicitOutputThatIsTheOriginalIsNotOverwrittenWhenTheLayoutCannotBeKept() throws Exception {
        String text = "protocol: dynamixel2\njoints:\n  - &k {name: lf_knee_joint, id: 3, lowerRad: -1.0, upperRad: 1.0}\n";
        Path f = copy("servos.yaml", text);
        ConfigWrite w = ServoConfigWriter.write(f, Optional.of(f), List.of(knee));
        assertThat(w.file()).isEqualTo(dir.resolve("servos.calibrated.yaml"));
        assertThat(Files.readString(f)).isEqualTo(text);
    }

    @Test
    void numbersAreRoundedWithoutTrailingZerosOrNegativeZero() {
        assertThat(ConfigTextEditor.number(-2.45437, 4)).isEqualTo("-2.4544");
        assertThat(ConfigTextEditor.number(0.5, 4)).isEqualTo("0.5");
        assertThat(ConfigTextEditor.number(-0.00001, 4)).isEqualTo("0.0");
        assertThat(ConfigTextEditor.number(-0.0, 4)).isEqualTo("0.0");
        assertThat(ConfigTextEditor.number(12, 3)).isEqualTo("12.0");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        Path f = copy("servos.yaml", Files.readString(EXAMPLE));
        ServoConfigWriter.write(f, Optional.empty(), List.of(knee));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("servos.yaml");
        }
    }
}
