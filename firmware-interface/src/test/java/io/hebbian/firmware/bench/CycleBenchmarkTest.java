package io.hebbian.firmware.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.LoopbackLink;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import io.hebbian.firmware.emulator.PtyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One control cycle (SYNC_WRITE 12 goal positions + (FAST_)SYNC_READ 12 velocity/position pairs)
 * against the Dynamixel emulator, in memory and over a socat pty with jSerialComm, compared with
 * the bytes-on-the-wire time at 1 and 4 Mbps (10 bits per byte, no return delay, no USB latency).
 * Not a timed test: run with {@code mvn -pl firmware-interface test -Dgroups=bench -Dfirmware.excludedGroups=none}.
 */
@Tag("bench")
class CycleBenchmarkTest {

    private static final int WARMUP = 500;
    private static final int CYCLES = 3000;

    @Test
    void cycleTimes() throws Exception {
        for (boolean fast : new boolean[] {true, false}) {
            ServoConfig c = TestConfigs.withTimeout(config(fast, ""), 200);
            DynamixelEmulator emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
            try (ServoBus bus = ServoBuses.create(c, new LoopbackLink(emu, System::nanoTime), System::nanoTime)) {
                report("in-memory loopback", fast, run(bus));
            }
        }
        assumeTrue(PtyPair.socatAvailable(), "socat missing: pty benchmark skipped");
        Path dir = Files.createTempDirectory("servo-bench");
        for (boolean fast : new boolean[] {true, false}) {
            try (PtyPair pty = new PtyPair(dir).start();
                    PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(),
                            new DynamixelEmulator(TestConfigs.ids(1, 12)));
                    ServoBus bus = ServoBuses.open(TestConfigs.withTimeout(config(fast, pty.hostPath().toString()), 200))) {
                report("socat pty + jSerialComm", fast, run(bus));
            }
        }
    }

    private static ServoConfig config(boolean fast, String port) {
        ServoConfig c = TestConfigs.quad(Protocol.DYNAMIXEL2, 1).withPort(port, 1_000_000);
        return new ServoConfig(c.protocol(), c.port(), c.baud(), c.units(), 20, fast, c.joints(), c.legs());
    }

    private static long[] run(ServoBus bus) throws Exception {
        double[] target = new double[12];
        JointStateSample s = new JointStateSample(12);
        bus.setTorque(true);
        long[] nanos = new long[CYCLES];
        for (int i = -WARMUP; i < CYCLES; i++) {
            Arrays.fill(target, 0.3 * Math.sin(i * 0.01));
            long t0 = System.nanoTime();
            bus.writePositions(target);
            if (!bus.readState(s)) {
                throw new IllegalStateException("read timed out in cycle " + i);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String how, boolean fast, long[] sorted) {
        int write = 10 + 4 + 12 * 5;
        int readRequest = 10 + 4 + 12;
        int replies = fast ? 7 + 1 + 12 * 12 : 12 * (7 + 1 + 1 + 8 + 2);
        int bytes = write + readRequest + replies;
        System.out.printf("%-24s %-14s p50 %7.1f us  p99 %7.1f us  max %8.1f us | wire %d B: %6.1f us at 1 Mbps, %5.1f us at 4 Mbps%n",
                how, fast ? "FAST_SYNC_READ" : "SYNC_READ", sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[sorted.length - 1] / 1e3, bytes, bytes * 10 / 1.0,
                bytes * 10 / 4.0);
    }
}
