package io.hebbian.firmware.pty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.StepResponse;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bridge.StepPlan;
import io.hebbian.firmware.bridge.StepRecorder;
import io.hebbian.firmware.bridge.WatchdogAction;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import org.junit.jupiter.api.Test;

/**
 * A step recorded in wall time over a socat pty (real jSerialComm, FAST_SYNC_READ of 12 servos) from the
 * Dynamixel emulator with known dynamics: the samples show its speed cap and deadband, and torque is off after.
 */
class StepResponsePtyTest extends PtyTestBase {

    private static final double TICK_RAD = 2 * Math.PI / 4096;

    @Test
    void theRecordingShowsTheEmulatedServosSpeedCapAndDeadband() throws Exception {
        DynamixelEmulator emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        emu.setDynamics(0.005, 0.05, 3.0, 0.004);
        ServoConfig c = TestConfigs.withTimeout(
                TestConfigs.quad(Protocol.DYNAMIXEL2, 1).withPort(pty.hostPath().toString(), 1_000_000), 200);
        BridgeSettings settings = BridgeSettings.defaults().withShutdownHook(false).withMaxStepRad(0.5 + 1e-9)
                .withWatchdog(200_000_000L, WatchdogAction.TORQUE_OFF);
        StepResponse r;
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu)) {
            try (ServoBridge bridge = new ServoBridge(ServoBuses.open(c), c, settings)) {
                bridge.enable(System.nanoTime());
                r = StepRecorder.wallClock(bridge, 2, new StepPlan(-0.5, 0.2, 0.6, 200)).record(new double[12]);
            }
            assertThat(emu.torque(3)).as("torque off after the bridge closes").isFalse();
        }
        assertThat(r.size()).isGreaterThan(150);
        int step = r.firstCommandChange();
        int back = step;
        while (r.commandedRad(back) < 0) {
            back++;
        }
        double travel = 0;
        double seconds = 0;
        for (int i = step + 1; i < back; i++) {
            if (r.measuredRad(i) < -0.1 && r.measuredRad(i) > -0.3) {
                travel += r.measuredRad(i - 1) - r.measuredRad(i);
                seconds += r.timeSeconds(i) - r.timeSeconds(i - 1);
            }
        }
        assertThat(travel / seconds).as("mean speed between -0.1 and -0.3 rad (at the cap)").isCloseTo(3.0, within(0.3));
        assertThat(r.measuredRad(back - 1)).isCloseTo(-0.5 + 0.004, within(2 * TICK_RAD));
        assertThat(r.measuredRad(r.size() - 1)).isCloseTo(-0.004, within(2 * TICK_RAD));
    }
}
