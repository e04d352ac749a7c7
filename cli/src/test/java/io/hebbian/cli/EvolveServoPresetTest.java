package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evolve --servo NAME|FILE}: a bad preset name or file is one line on stderr, exit 2, before any training. */
class EvolveServoPresetTest {

    @TempDir
    Path dir;

    private CliRun evolve(String servo) {
        return CliRun.of("evolve", "--out", dir.resolve("run").toString(), "--servo", servo, "--hidden", "8",
                "--noise-table-size", "1000", "--quiet");
    }

    private void assertOneLine(CliRun r, String text) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(text);
        assertThat(dir.resolve("run")).doesNotExist();
    }

    private Path preset(String servoBody) throws Exception {
        Path f = dir.resolve("servo.json");
        Files.writeString(f, "{\"format\": \"hebbian-servo-preset\", \"version\": 1, \"servo\": {" + servoBody + "}}");
        return f;
    }

    private static final String GOOD = "\"name\": \"knee\", \"timeConstantSeconds\": 0.04, \"maxVelocityRadPerSec\": 4.0, "
            + "\"maxTorqueNm\": 0, \"deadbandRad\": 0.002, \"backlashRad\": 0.004, \"latencySteps\": 1";

    @Test
    void aCorruptPresetFileIsOneLine() throws Exception {
        Path f = dir.resolve("corrupt.json");
        Files.writeString(f, "{\"format\": \"hebbian-servo-preset\", \"version\": 1, \"servo\": {");
        assertOneLine(evolve(f.toString()), "evolve: error: --servo: " + f + ": not valid JSON");
    }

    @Test
    void anUnknownKeyIsOneLineNamingTheKnownOnes() throws Exception {
        Path f = preset(GOOD + ", \"lagSeconds\": 0.04");
        assertOneLine(evolve(f.toString()), f + ": servo.lagSeconds: unknown key; known keys at servo are [name, "
                + "timeConstantSeconds");
    }

    @Test
    void aMissingFieldABadValueAndAnotherFormatAreOneLineEach() throws Exception {
        assertOneLine(evolve(preset(GOOD.replace("\"latencySteps\": 1", "\"latencySteps\": 1.5")).toString()),
                "servo.latencySteps: expected an integer, got 1.5");
        assertOneLine(evolve(preset(GOOD.replace(", \"backlashRad\": 0.004", "")).toString()),
                "servo.backlashRad: missing");
        assertOneLine(evolve(preset(GOOD.replace("0.04", "-0.04")).toString()),
                "servo: servo time constant must be a positive number of seconds, got -0.04");
        Path other = dir.resolve("model.json");
        Files.writeString(other, "{\"format\": \"hebbian-coefficients\", \"version\": 1}");
        assertOneLine(evolve(other.toString()), "format: expected 'hebbian-servo-preset', got 'hebbian-coefficients'");
    }

    @Test
    void aMissingFileAndAnUnknownNameAreOneLine() {
        assertOneLine(evolve(dir.resolve("nope.json").toString()), "file not found: " + dir.resolve("nope.json"));
        assertOneLine(evolve("futaba"), "--servo: unknown servo preset 'futaba'; expected one of [ideal, "
                + "dynamixel-xl430, dynamixel-xm430, hobby-pwm] or a preset file");
    }
}
