package io.hebbian.firmware.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.XControlTable;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.LoopbackLink;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bounded-speed move to the first command after enable, against the Dynamixel emulator in memory:
 * the goal registers the emulator received are checked over injected time.
 */
class StartMoveTest {

    private static final long MS = 1_000_000L;
    private static final double SPEED = 0.5;
    private static final double TOLERANCE = 0.15;
    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);
    /** Irregular tick periods, ms: the bound must hold per step whatever the rate. */
    private static final long[] PERIODS_MS = {10, 7, 13, 10, 25, 3};

    private final long[] now = {1_000 * MS};
    private final JointStateSample sample = new JointStateSample(12);
    private DynamixelEmulator emu;
    private ServoBridge bridge;
    private int tick;

    @BeforeEach
    void setUp() throws ServoException {
        ServoConfig config = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
        emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        for (int id = 1; id <= 12; id++) {
            emu.poke(id, XControlTable.PRESENT_POSITION, 2048 + (id - 6) * 20, 4);
        }
        BridgeSettings settings = BridgeSettings.defaults().withShutdownHook(false).withStartMove(SPEED, TOLERANCE);
        bridge = new ServoBridge(ServoBuses.create(config, new LoopbackLink(emu, () -> now[0]), System::nanoTime),
                config, settings);
        bridge.enable(now[0]);
    }

    private int[] goals() {
        int[] g = new int[12];
        for (int k = 0; k < 12; k++) {
            g[k] = emu.read(k + 1, XControlTable.GOAL_POSITION, 4);
        }
        return g;
    }

    /** One control cycle as the node runs it: advance time, read, command, tick. Returns the elapsed ns. */
    private long cycle(double[] command) {
        long dt = PERIODS_MS[tick++ % PERIODS_MS.length] * MS;
        now[0] += dt;
        bridge.readState(sample, now[0]);
        bridge.command(command, now[0]);
        bridge.tick(now[0]);
        return dt;
    }

    private static double[] all(double v) {
        double[] a = new double[12];
        Arrays.fill(a, v);
        return a;
    }

    @Test
    void goalsReachTheFirstCommandWithoutEverExceedingTheSpeedBound() {
        assertThat(bridge.state()).isEqualTo(BridgeState.MOVING_TO_START);
        int[] before = goals();
        assertThat(bridge.command(all(0.8), now[0])).isEqualTo(GateOutcome.RATE_LIMITED);
        assertThat(goals()).as("a command only sets the target").isEqualTo(before);
        long elapsed = 0;
        int cycles = 0;
        while (bridge.state() == BridgeState.MOVING_TO_START && cycles++ < 2000) {
            long dt = cycle(all(0.8));
            elapsed += dt;
            int[] after = goals();
            for (int k = 0; k < 12; k++) {
                // one tick of rounding on each side
                assertThat((double) Math.abs(after[k] - before[k])).as("joint %d, step %d", k, cycles)
                        .isLessThanOrEqualTo(SPEED * dt / 1e9 * TICKS_PER_RAD + 1);
            }
            before = after;
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        // the farthest joint starts 0.8 + 6 * 20 ticks away (direction -1 for odd joints)
        assertThat(elapsed / 1e9).isGreaterThanOrEqualTo((0.8 - 0.2) / SPEED);
        assertThat(bridge.status().faults()).isEmpty();
        for (int k = 0; k < 12; k++) {
            double rad = (k % 2 == 0 ? 1 : -1) * (goals()[k] - 2048) / TICKS_PER_RAD;
            assertThat(rad).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void outOfRangeTargetsAreClampedAndNonFiniteOnesIgnored() {
        cycle(all(9));
        double[] nan = all(0);
        nan[3] = Double.NaN;
        assertThat(bridge.command(nan, now[0])).isEqualTo(GateOutcome.HELD_NON_FINITE);
        int cycles = 0;
        while (bridge.state() == BridgeState.MOVING_TO_START && cycles++ < 2000) {
            now[0] += 10 * MS;
            bridge.readState(sample, now[0]);
            bridge.tick(now[0]);
            if (cycles % 5 == 0) {
                bridge.command(nan, now[0]); // ignored: the target stays the clamped one
                bridge.command(all(9), now[0]);
            }
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(emu.read(1, XControlTable.GOAL_POSITION, 4)).isEqualTo(2048 + (int) Math.round(TICKS_PER_RAD));
    }

    @Test
    void aServoFaultDuringTheMoveAbortsItWithTorqueOff() {
        for (int c = 0; c < 20; c++) {
            cycle(all(0.8));
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.MOVING_TO_START);
        emu.hardwareError(4, 0x04); // overheating: latched, torque off on that servo
        cycle(all(0.8));
        assertThat(bridge.state()).isEqualTo(BridgeState.FAULT);
        assertThat(bridge.status().faults()).singleElement().asString().contains("servo 4", "rf_hip_abd_joint");
        assertThat(bridge.status().lastError()).startsWith("start move aborted, torque off");
        for (int id = 1; id <= 12; id++) {
            assertThat(emu.torque(id)).isFalse();
        }
        int[] frozen = goals();
        for (int c = 0; c < 10; c++) {
            cycle(all(0.8));
        }
        assertThat(goals()).isEqualTo(frozen);
    }

    @Test
    void aPositionErrorBeyondTheToleranceAbortsIt() {
        emu.setStuck(3, true);
        double worstError = 0;
        int cycles = 0;
        while (bridge.state() == BridgeState.MOVING_TO_START && cycles++ < 2000) {
            double goal = (emu.read(3, XControlTable.GOAL_POSITION, 4) - 2048) / TICKS_PER_RAD;
            cycle(all(0.8));
            worstError = Math.max(worstError, Math.abs(sample.positionRad[2] - goal));
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.FAULT);
        assertThat(bridge.status().faults()).singleElement().asString()
                .startsWith("start move aborted: lf_knee_joint measured at").contains("tolerance 0.150 rad");
        // it aborted at the first reading beyond the tolerance, not later
        assertThat(worstError).isGreaterThan(TOLERANCE).isLessThan(TOLERANCE + SPEED * 0.025 + 1e-3);
        assertThat(emu.torque(1)).isFalse();
    }
}
