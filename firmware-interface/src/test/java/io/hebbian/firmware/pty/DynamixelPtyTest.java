package io.hebbian.firmware.pty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.BridgeState;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bridge.WatchdogAction;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.bus.ServoDisconnectedException;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.DynamixelBus;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.PtyBoardRunner;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The real jSerialComm code against the Dynamixel emulator on the far end of a socat pty pair. */
class DynamixelPtyTest extends PtyTestBase {

    private final DynamixelEmulator emu = new DynamixelEmulator(TestConfigs.ids(1, 12));

    private ServoConfig config() {
        return TestConfigs.withTimeout(
                TestConfigs.quad(Protocol.DYNAMIXEL2, 1).withPort(pty.hostPath().toString(), 1_000_000), 200);
    }

    @Test
    void fullWriteReadCycles() throws Exception {
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                ServoBus bus = ServoBuses.open(config())) {
            bus.setTorque(true);
            double[] target = new double[12];
            JointStateSample s = new JointStateSample(12);
            for (int cycle = 0; cycle < 50; cycle++) {
                Arrays.fill(target, Math.sin(cycle * 0.1) * 0.5);
                bus.writePositions(target);
                assertThat(bus.readState(s)).isTrue();
                assertThat(s.positionRad[7]).isCloseTo(target[7], within(1e-3));
            }
            assertThat(bus.counters().checksumErrors()).isZero();
            assertThat(bus.ping(3).modelNumber()).isEqualTo(DynamixelEmulator.MODEL_XM430_W350);
        }
    }

    @Test
    void errorStatusAlertBitAndReboot() throws Exception {
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                DynamixelBus bus = (DynamixelBus) ServoBuses.open(config())) {
            emu.hardwareError(4, 0x20);
            assertThat(bus.readState(new JointStateSample(12))).isTrue();
            assertThat(bus.counters().alerts()).isEqualTo(1);
            assertThat(bus.lastAlertId()).isEqualTo(4);
            assertThatThrownBy(() -> bus.setTorque(3, true)).isInstanceOf(ServoException.class)
                    .hasMessageContaining("servo 4 refused").hasMessageContaining("Result Fail");
            assertThat(bus.reboot(4)).isTrue();
            bus.setTorque(3, true);
            assertThat(emu.torque(4)).isTrue();
        }
    }

    @Test
    void silentServoTimesOutWithinTheDeadline() throws Exception {
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                ServoBus bus = ServoBuses.open(TestConfigs.withTimeout(config(), 20))) {
            for (int i = 0; i < 5; i++) {
                bus.readState(new JointStateSample(12));
            }
            emu.setSilent(5, true);
            long t0 = System.nanoTime();
            assertThat(bus.readState(new JointStateSample(12))).isFalse();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).isBetween(19L, 500L);
            assertThat(bus.counters().timeouts()).isPositive();
            assertThat(bus.ping(5)).isNull();
        }
    }

    @Test
    void corruptRepliesAreCountedAndNeverUsed() throws Exception {
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                ServoBus bus = ServoBuses.open(config())) {
            emu.setCorruptReplies(true);
            assertThat(bus.readState(new JointStateSample(12))).isFalse();
            assertThat(bus.counters().checksumErrors()).isPositive();
            emu.setCorruptReplies(false);
            assertThat(bus.readState(new JointStateSample(12))).isTrue();
        }
    }

    @Test
    void unplugIsDetectedAndTheBridgeReconnects() throws Exception {
        ServoConfig c = config();
        PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
        BridgeSettings settings = BridgeSettings.defaults().withShutdownHook(false);
        try (ServoBridge bridge = new ServoBridge(ServoBuses.open(c), c, settings)) {
            bridge.enable(System.nanoTime());
            pty.kill();
            board.close();
            JointStateSample s = new JointStateSample(12);
            for (int i = 0; i < 5 && bridge.state() != BridgeState.DISCONNECTED; i++) {
                bridge.readState(s);
            }
            assertThat(bridge.state()).isEqualTo(BridgeState.DISCONNECTED);
            assertThat(bridge.status().bus().disconnects()).isEqualTo(1);
            pty.start();
            board = new PtyBoardRunner(pty.boardPath().toString(), emu);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (bridge.state() == BridgeState.DISCONNECTED && System.nanoTime() < deadline) {
                bridge.tick(System.nanoTime());
                Thread.sleep(20);
            }
            assertThat(bridge.state()).isEqualTo(BridgeState.IDLE);
            assertThat(emu.torque(1)).as("torque off after reconnect").isFalse();
            bridge.enable(System.nanoTime());
            assertThat(bridge.readState(s)).isTrue();
        } finally {
            board.close();
        }
    }

    @Test
    void watchdogExpiryTurnsTorqueOffInRealTime() throws Exception {
        ServoConfig c = config();
        BridgeSettings settings = BridgeSettings.defaults().withShutdownHook(false)
                .withWatchdog(50_000_000L, WatchdogAction.TORQUE_OFF);
        try (PtyBoardRunner board = new PtyBoardRunner(pty.boardPath().toString(), emu);
                ServoBridge bridge = new ServoBridge(ServoBuses.open(c), c, settings)) {
            long start = System.nanoTime();
            bridge.enable(start);
            while (bridge.state() == BridgeState.ACTIVE && System.nanoTime() - start < 1_000_000_000L) {
                bridge.tick(System.nanoTime());
                Thread.sleep(5);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_TORQUE_OFF);
            assertThat(ms).isBetween(45L, 200L);
            assertThat(emu.torque(7)).isFalse();
        }
    }

    @Test
    void missingPortIsOneClearError() {
        assertThatThrownBy(() -> ServoBuses.open(config().withPort(dir.resolve("nope").toString(), 1_000_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot open serial port");
    }
}
