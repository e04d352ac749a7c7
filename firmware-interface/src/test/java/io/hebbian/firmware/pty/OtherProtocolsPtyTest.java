package io.hebbian.firmware.pty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.EmulatedBoard;
import io.hebbian.firmware.emulator.FeetechEmulator;
import io.hebbian.firmware.emulator.MaestroEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Feetech STS and Maestro full cycles over a real pty with jSerialComm. */
class OtherProtocolsPtyTest extends PtyTestBase {

    private void cycles(Protocol protocol, int firstId, EmulatedBoard emu) throws Exception {
        ServoConfig c = TestConfigs.withTimeout(
                TestConfigs.quad(protocol, firstId).withPort(pty.hostPath().toString(), protocol.defaultBaud()), 200);
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                ServoBus bus = ServoBuses.open(c)) {
            bus.setTorque(true);
            double[] target = new double[12];
            JointStateSample s = new JointStateSample(12);
            for (int cycle = 0; cycle < 20; cycle++) {
                Arrays.fill(target, Math.cos(cycle * 0.2) * 0.4);
                bus.writePositions(target);
                assertThat(bus.readState(s)).isTrue();
                assertThat(s.positionRad[11]).isCloseTo(target[11], within(3e-3));
            }
            assertThat(bus.ping(firstId)).isNotNull();
        }
    }

    @Test
    void feetechSts() throws Exception {
        cycles(Protocol.FEETECH_STS, 1, new FeetechEmulator(false, TestConfigs.ids(1, 12)));
    }

    @Test
    void maestro() throws Exception {
        cycles(Protocol.MAESTRO, 0, new MaestroEmulator());
    }
}
