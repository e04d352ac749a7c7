package io.hebbian.firmware.pty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM (what Ctrl-C / systemd stop send) to a JVM running a bridge turns torque off through its shutdown hook. */
class ShutdownHookPtyTest extends PtyTestBase {

    @Test
    void sigtermTurnsTorqueOff() throws Exception {
        DynamixelEmulator emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ShutdownChild.class.getName(), pty.hostPath().toString()).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line;
                do {
                    line = out.readLine();
                } while (line != null && !line.contains("READY"));
                assertThat(line).as("child output").isNotNull();
                assertThat(emu.torque(1)).isTrue();
                child.destroy();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (emu.torque(12) && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                for (int id = 1; id <= 12; id++) {
                    assertThat(emu.torque(id)).as("servo %d", id).isFalse();
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
