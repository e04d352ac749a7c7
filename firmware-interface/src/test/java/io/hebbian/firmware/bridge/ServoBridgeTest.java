package io.hebbian.firmware.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

/** Each safety item of the bridge, against the Dynamixel emulator in memory with a test clock. */
class ServoBridgeTest {

    private static final long MS = 1_000_000L;
    private final long[] now = {1_000 * MS};
    private ServoConfig config;
    private DynamixelEmulator emu;
    private LoopbackLink link;
    private ServoBridge bridge;

    @BeforeEach
    void setUp() throws ServoException {
        config = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
        emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        link = new LoopbackLink(emu, () -> now[0]);
        BridgeSettings settings = BridgeSettings.defaults().withShutdownHook(false).withMaxStepRad(0.2);
        bridge = new ServoBridge(ServoBuses.create(config, link, System::nanoTime), config, settings);
        bridge.enable(now[0]);
    }

    private double[] all(double v) {
        double[] a = new double[12];
        Arrays.fill(a, v);
        return a;
    }

    private double goalRad(int k) {
        int raw = emu.read(k + 1, XControlTable.GOAL_POSITION, 4);
        return (k % 2 == 0 ? 1 : -1) * (raw - 2048) / (4096 / (2 * Math.PI));
    }

    @Test
    void enableTurnsTorqueOnAndArmsBusWatchdog() {
        assertThat(emu.torque(1)).isTrue();
        assertThat(emu.read(1, XControlTable.BUS_WATCHDOG, 1)).isEqualTo(15);
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
    }

    @Test
    void nonFiniteCommandHoldsLastSafeTargets() {
        bridge.command(all(0.1), now[0]);
        double[] bad = all(0.15);
        bad[4] = Double.NaN;
        assertThat(bridge.command(bad, now[0])).isEqualTo(GateOutcome.HELD_NON_FINITE);
        assertThat(goalRad(0)).isCloseTo(0.1, within(1e-3));
    }

    @Test
    void clampsToJointLimits() {
        for (int i = 0; i < 10; i++) {
            bridge.command(all(5.0), now[0]);
        }
        assertThat(goalRad(3)).isCloseTo(1.0, within(1e-3));
        assertThat(bridge.status().lastOutcome()).isEqualTo(GateOutcome.CLAMPED);
    }

    @Test
    void rateLimitsLargeSteps() {
        assertThat(bridge.command(all(0.9), now[0])).isEqualTo(GateOutcome.RATE_LIMITED);
        assertThat(goalRad(2)).isCloseTo(0.2, within(1e-3));
    }

    @Test
    void watchdogHoldsWhenCommandsStop() {
        bridge.command(all(0.1), now[0]);
        now[0] += 99 * MS;
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        now[0] += 2 * MS;
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        assertThat(emu.torque(1)).isTrue();
        assertThat(bridge.command(all(0.1), now[0])).isNotEqualTo(GateOutcome.REJECTED);
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(bridge.status().watchdogTrips()).isEqualTo(1);
    }

    @Test
    void watchdogCanTurnTorqueOffAndNeedsEnable() throws ServoException {
        bridge.close();
        emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        link = new LoopbackLink(emu, () -> now[0]);
        BridgeSettings s = BridgeSettings.defaults().withShutdownHook(false)
                .withWatchdog(50 * MS, WatchdogAction.TORQUE_OFF);
        bridge = new ServoBridge(ServoBuses.create(config, link, System::nanoTime), config, s);
        bridge.enable(now[0]);
        now[0] += 51 * MS;
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_TORQUE_OFF);
        assertThat(emu.torque(5)).isFalse();
        assertThat(bridge.command(all(0), now[0])).isEqualTo(GateOutcome.REJECTED);
        bridge.enable(now[0]);
        assertThat(emu.torque(5)).isTrue();
    }

    @Test
    void servoBusWatchdogIsTheSecondLayer() {
        now[0] += 301 * MS;
        emu.tick(now[0]);
        assertThat(emu.watchdogExpired(1)).isTrue();
    }

    @Test
    void estopTurnsTorqueOffAndLatches() {
        bridge.estop();
        assertThat(emu.torque(12)).isFalse();
        assertThat(bridge.command(all(0), now[0])).isEqualTo(GateOutcome.REJECTED);
        assertThat(bridge.state()).isEqualTo(BridgeState.ESTOPPED);
    }

    @Test
    void closeTurnsTorqueOff() {
        bridge.close();
        assertThat(emu.torque(1)).isFalse();
        assertThat(bridge.state()).isEqualTo(BridgeState.CLOSED);
    }

    @Test
    void disconnectIsReportedThenReconnectLeavesTorqueOff() {
        link.setPlugged(false);
        bridge.command(all(0.05), now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.DISCONNECTED);
        assertThat(bridge.readState(new JointStateSample(12))).isFalse();
        bridge.tick(now[0] + 600 * MS);
        assertThat(bridge.state()).isEqualTo(BridgeState.DISCONNECTED);
        link.setPlugged(true);
        bridge.tick(now[0] + 1200 * MS);
        assertThat(bridge.state()).isEqualTo(BridgeState.IDLE);
        assertThat(emu.torque(1)).isFalse();
        assertThat(bridge.status().reconnects()).isEqualTo(1);
        assertThat(bridge.status().lastError()).contains("unplugged");
    }

    @Test
    void lockHoldsJointAtItsCurrentAngle() throws ServoException {
        bridge.command(all(0.15), now[0]);
        bridge.readState(new JointStateSample(12));
        bridge.injectDamage("lock:left-front-knee");
        bridge.command(all(-0.1), now[0]);
        assertThat(goalRad(2)).isCloseTo(0.15, within(2e-3));
        assertThat(goalRad(1)).isCloseTo(-0.05, within(2e-3));
        assertThat(bridge.status().damage()).containsExactly("lock:lf_knee_joint");
    }

    @Test
    void weakLimitsGoalPwmAndLimpTurnsOneJointOff() throws ServoException {
        bridge.injectDamage("weak:right-front-hip=0.3, limp:lb_knee_joint");
        assertThat(emu.read(5, XControlTable.GOAL_PWM, 2)).isEqualTo(266);
        assertThat(emu.torque(9)).isFalse();
        assertThat(emu.torque(8)).isTrue();
        bridge.injectDamage("none");
        assertThat(emu.read(5, XControlTable.GOAL_PWM, 2)).isEqualTo(885);
        assertThat(emu.torque(9)).isTrue();
    }

    @Test
    void legNameDamagesEveryJointOfTheLeg() {
        assertThat(DamageSpec.parse("limp:right-back", config)).extracting(Damage::name)
                .containsExactly("rb_hip_abd_joint", "rb_hip_flex_joint", "rb_knee_joint");
    }

    @Test
    void unknownDamageTargetNamesTheChoices() {
        assertThatThrownBy(() -> bridge.injectDamage("lock:tail"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown damage target 'tail'").hasMessageContaining("left-front-knee");
        assertThatThrownBy(() -> bridge.injectDamage("weak:lf_knee_joint=2"))
                .hasMessageContaining("strength must be a number in [0, 1]");
    }

    @Test
    void refusesToEnableWhenAJointIsFarOutsideItsLimits() {
        bridge.close();
        emu.poke(3, XControlTable.PRESENT_POSITION, 2048 + 1500, 4);
        ServoBridge b = new ServoBridge(ServoBuses.create(config, new LoopbackLink(emu, () -> now[0]), System::nanoTime),
                config, BridgeSettings.defaults().withShutdownHook(false));
        assertThatThrownBy(() -> b.enable(now[0])).isInstanceOf(ServoException.class)
                .hasMessageContaining("joint lf_knee_joint is at").hasMessageContaining("outside its limits");
    }
}
