package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User errors of {@code hebbian servo}: one line on stderr, exit 2. (Bus behaviour is tested in firmware-interface.) */
class ServoCommandTest {

    @TempDir
    Path dir;

    private static void assertOneLineUsageError(CliRun r, String text) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(text);
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun r = CliRun.of("servo", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("scan", "ping", "read", "monitor", "move", "torque-off", "step-response");
    }

    @Test
    void missingPortIsAUsageError() {
        assertOneLineUsageError(CliRun.of("servo", "read", "--protocol", "dynamixel2", "--ids", "1"), "--port");
    }

    @Test
    void unknownProtocolNamesTheChoices() {
        assertOneLineUsageError(CliRun.of("servo", "scan", "--port", "/dev/null", "--protocol", "dxl9"),
                "unknown protocol 'dxl9'");
    }

    @Test
    void nonexistentPortIsOneClearLine() {
        assertOneLineUsageError(CliRun.of("servo", "read", "--port", dir.resolve("ttyNope").toString(),
                "--protocol", "dynamixel2", "--ids", "1,2"), "cannot open serial port");
    }

    @Test
    void readWithoutIdsOrConfigSaysWhatToGive() {
        assertOneLineUsageError(CliRun.of("servo", "read", "--port", "/dev/null", "--protocol", "feetech-sts"), "--ids");
    }

    @Test
    void badConfigFileIsOneLine() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "protocol: dynamixel2\njoints: []\n");
        assertOneLineUsageError(CliRun.of("servo", "ping", "--port", "/dev/null", "--config", f.toString()),
                "joints: expected a non-empty array");
    }

    @Test
    void moveRejectsUnknownJoint() throws Exception {
        assertOneLineUsageError(CliRun.of("servo", "move", "--port", "/dev/null", "--protocol", "dynamixel2",
                "--ids", "1", "--joint", "knee", "--to-deg", "10"), "unknown joint 'knee'");
    }
}
