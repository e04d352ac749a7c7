package io.hebbian.firmware.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.controller.spec.StepResponse;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.LoopbackLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The step recorder against the Dynamixel emulator with known dynamics, in memory on a test clock (each clock
 * read takes 50 µs, as a bus transaction would): what it sends, what it records, and when it stops.
 */
class StepRecorderTest {

    private static final double TICK_RAD = 2 * Math.PI / 4096;
    private static final double DEAD_S = 0.006;
    private static final double TAU_S = 0.05;
    private static final double SPEED = 3.0;
    private static final double DEADBAND = 0.003;
    private final long[] now = {1_000_000_000L};
    private ServoConfig config;
    private DynamixelEmulator emu;
    private ServoBridge bridge;

    @BeforeEach
    void setUp() throws ServoException {
        config = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
        emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        emu.setDynamics(DEAD_S, TAU_S, SPEED, DEADBAND);
        LoopbackLink link = new LoopbackLink(emu, () -> now[0]);
        bridge = new ServoBridge(ServoBuses.create(config, link, System::nanoTime), config,
                BridgeSettings.defaults().withShutdownHook(false).withMaxStepRad(0.4 + 1e-9)
                        .withWatchdog(200_000_000L, WatchdogAction.TORQUE_OFF));
        bridge.enable(now[0]);
    }

    private long clock() {
        now[0] += 50_000;
        return now[0];
    }

    private StepRecorder recorder(StepPlan plan, Runnable atEachWait) {
        return new StepRecorder(bridge, 1, plan, this::clock, deadline -> {
            now[0] = Math.max(now[0], deadline);
            atEachWait.run();
        });
    }

    @Test
    void recordsTheStepOutAndBackWithTheServosDynamics() throws Exception {
        StepPlan plan = new StepPlan(0.4, 0.2, 0.6, 200);
        StepResponse r = recorder(plan, () -> { }).record(new double[12]);
        assertThat(r.size()).isEqualTo(plan.samples());
        int step = r.firstCommandChange();
        assertThat(r.timeSeconds(step)).isCloseTo(0.2, within(0.006));
        assertThat(r.commandedRad(step - 1)).isZero();
        assertThat(r.commandedRad(step)).isEqualTo(0.4);
        assertThat(r.commandedRad(r.size() - 1)).isZero();
        assertThat(r.measuredRad(step)).as("nothing moves within the dead time").isCloseTo(0, within(TICK_RAD));
        double slope = 0;
        for (int i = step + 1; i < r.size() && r.commandedRad(i) > 0; i++) {
            slope = Math.max(slope, (r.measuredRad(i) - r.measuredRad(i - 1)) / (r.timeSeconds(i) - r.timeSeconds(i - 1)));
        }
        assertThat(slope).as("speed cap").isCloseTo(SPEED, within(0.1 * SPEED));
        int back = step;
        while (r.commandedRad(back) > 0) {
            back++;
        }
        assertThat(r.measuredRad(back - 1)).as("short of the target by the deadband")
                .isCloseTo(0.4 - DEADBAND, within(2 * TICK_RAD));
        assertThat(r.measuredRad(r.size() - 1)).isCloseTo(DEADBAND, within(2 * TICK_RAD));
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(emu.read(3, XControlTable.GOAL_POSITION, 4)).as("the other joints hold").isEqualTo(2048);
        bridge.close();
        assertThat(emu.torque(2)).isFalse();
    }

    @Test
    void aServoFaultMidStepStopsTheRecordingWithTorqueOff() {
        long faultAt = now[0] + 300_000_000L;
        StepRecorder rec = recorder(new StepPlan(0.4, 0.2, 0.6, 200), () -> {
            if (now[0] >= faultAt && emu.read(2, XControlTable.HARDWARE_ERROR_STATUS, 1) == 0) {
                emu.hardwareError(2, 0x04);
            }
        });
        assertThatThrownBy(() -> rec.record(new double[12])).isInstanceOf(ServoException.class)
                .hasMessageContaining("recording stopped: the bridge is FAULT");
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).as("servo %d", id).isFalse();
        }
    }

    @Test
    void aBridgeWhoseRateLimitWouldCutTheStepIsRefused() {
        assertThatThrownBy(() -> recorder(new StepPlan(0.45, 0.2, 0.6, 200), () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would cut the 0.45 rad step");
    }

    @Test
    void aBridgeThatIsNotActiveSendsNothing() {
        bridge.estop();
        assertThatThrownBy(() -> recorder(new StepPlan(0.3, 0.2, 0.6, 200), () -> { }).record(new double[12]))
                .isInstanceOf(ServoException.class).hasMessageContaining("REJECTED").hasMessageContaining("ESTOPPED");
    }
}
