package io.hebbian.firmware.pty;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import java.nio.file.Files;
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
                    ShutdownChild.class.getName(), pty.hostPath().toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
            try {
                Path log = dir.resolve("child.log");
                long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (!(Files.exists(log) && Files.readString(log).contains("READY")) && System.nanoTime() < ready) {
                    Thread.sleep(10);
                }
                assertThat(Files.readString(log)).contains("READY");
                long on = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (!emu.torque(12) && System.nanoTime() < on) {
                    Thread.sleep(5);
                }
                assertThat(emu.torque(12)).isTrue();
                child.destroy();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (emu.torque(12) && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                System.err.println("child log: " + Files.readString(log));
                for (int id = 1; id <= 12; id++) {
                    assertThat(emu.torque(id)).as("servo %d", id).isFalse();
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
