package io.hebbian.sim.servo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.sim.env.ServoModel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servo preset file: round trip, presets by name, and strict reading with the file and field named. */
class ServoPresetFileTest {

    @TempDir
    Path dir;

    private final ServoFitResult fit = new ServoFitResult(new ServoModel("fitted-knee", 0.041, 4.2, 0, 0.0021, 0.0033, 1),
            0.012, 4.2, true, 0.0165, 4e-4, 280, 3100);

    @Test
    void aWrittenPresetReadsBackAsTheSameModelByPathOrName() throws Exception {
        Path f = dir.resolve("knee.json");
        ServoPresetFile.write(f, fit, "lf_knee_joint", 0.3, "knee.csv");
        assertThat(ServoPresetFile.read(f)).isEqualTo(fit.model());
        assertThat(ServoPresetFile.load(f.toString())).isEqualTo(fit.model());
        assertThat(Files.readString(f)).contains("\"format\" : \"hebbian-servo-preset\"", "\"joint\" : \"lf_knee_joint\"",
                "\"deadTimeSeconds\" : 0.012", "\"samplesFile\" : \"knee.csv\"");
        assertThat(ServoPresetFile.load("hobby-pwm")).isEqualTo(ServoModel.hobbyPwm());
    }

    @Test
    void theFitSectionIsReadStrictlyToo() throws Exception {
        Path f = dir.resolve("knee.json");
        ServoPresetFile.write(f, fit, "lf_knee_joint", 0.3, "knee.csv");
        Files.writeString(f, Files.readString(f).replace("\"samples\"", "\"sample\""));
        assertThatThrownBy(() -> ServoPresetFile.read(f)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(f + ": fit.sample: unknown key; known keys at fit are [joint, stepRad, samples");
        Files.writeString(f, Files.readString(f).replace("\"sample\"", "\"samples\"").replace("true", "\"yes\""));
        assertThatThrownBy(() -> ServoPresetFile.read(f)).hasMessage(f + ": fit.speedLimitReached: expected true or false, "
                + "got \"yes\"");
    }

    @Test
    void namesThatAreNeitherPresetsNorFilesAndMissingFilesAreRefused() {
        assertThatThrownBy(() -> ServoPresetFile.load("dynamixel")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown servo preset 'dynamixel'; expected one of [ideal,");
        assertThatThrownBy(() -> ServoPresetFile.load(dir.resolve("none.json").toString()))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> ServoPresetFile.read(write("[1, 2]"))).hasMessageEndingWith("expected a JSON object at the top level");
        assertThatThrownBy(() -> ServoPresetFile.read(write("{\"format\": \"hebbian-servo-preset\", \"version\": 2}")))
                .hasMessageContaining("version: this build reads version 1");
        assertThatThrownBy(() -> ServoPresetFile.read(write("{\"format\": \"hebbian-servo-preset\", \"version\": 1}")))
                .hasMessageEndingWith(": servo: missing");
    }

    private Path write(String json) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        return f;
    }
}
