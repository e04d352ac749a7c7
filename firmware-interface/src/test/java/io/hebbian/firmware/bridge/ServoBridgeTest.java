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
    void heldNonFiniteCommandsDoNotFeedTheWatchdog() {
        bridge.command(all(0.1), now[0]);
        double[] bad = all(0.1);
        bad[7] = Double.NaN;
        now[0] += 60 * MS;
        assertThat(bridge.command(bad, now[0])).isEqualTo(GateOutcome.HELD_NON_FINITE);
        now[0] += 41 * MS; // 101 ms after the last finite command, 41 ms after the NaN one
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        assertThat(bridge.status().commandsSent()).isEqualTo(1);
        assertThat(bridge.status().commandsDropped()).isEqualTo(1);
    }

    @Test
    void watchdogHoldKeepsTheLastSafeCommandWhenTheMeasuredPoseIsStale() {
        // the only reading is enable's, at 0 rad; 101 ms old when the watchdog trips
        bridge.command(all(0.1), now[0]);
        now[0] += 101 * MS;
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        assertThat(goalRad(0)).isCloseTo(0.1, within(2e-3));
        assertThat(goalRad(11)).isCloseTo(0.1, within(2e-3));
    }

    @Test
    void watchdogHoldOfAFreshMeasuredPoseGoesThroughTheRateLimit() {
        bridge.command(all(0.1), now[0]);
        emu.poke(1, XControlTable.TORQUE_ENABLE, 0, 1);          // joint 0 was pushed by hand to ...
        emu.poke(1, XControlTable.PRESENT_POSITION, 2439, 4);    // ... 391 steps = 0.5998 rad
        now[0] += 50 * MS;
        assertThat(bridge.readState(new JointStateSample(12), now[0])).isTrue();
        now[0] += 51 * MS;
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        assertThat(goalRad(0)).isCloseTo(0.1 + 0.2, within(2e-3)); // last safe 0.1 + max step 0.2
        assertThat(goalRad(1)).isCloseTo(0.1, within(2e-3));
    }

    @Test
    void trippedBusWatchdogIsDetectedByTheBridgeOnItsFaultPoll() {
        bridge.command(all(0.1), now[0]);
        now[0] += 301 * MS; // a 301 ms stall: the 300 ms bus watchdog expires on the next traffic
        for (int k = 1; k < BridgeSettings.DEFAULT_FAULT_POLL_EVERY_TICKS; k++) {
            bridge.tick(now[0]);
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.WATCHDOG_HOLD);
        bridge.tick(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.FAULT);
        assertThat(emu.torque(1)).isFalse();
        assertThat(emu.torque(12)).isFalse();
        BridgeStatus s = bridge.status();
        assertThat(s.faults()).hasSize(12);
        assertThat(s.faults().get(0)).startsWith("servo 1: bus watchdog expired").endsWith("(lf_hip_abd_joint)");
        assertThat(s.lastError()).startsWith("fault, torque off: servo 1: bus watchdog expired");
        assertThat(bridge.command(all(0.1), now[0])).isEqualTo(GateOutcome.REJECTED);
    }

    @Test
    void enableAfterABusWatchdogFaultReArmsItBeforeWritingTheMeasuredPoseAsGoal() throws ServoException {
        trippedBusWatchdogIsDetectedByTheBridgeOnItsFaultPoll();
        emu.poke(1, XControlTable.PRESENT_POSITION, 2081, 4); // sagged while limp
        bridge.enable(now[0]);
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(emu.watchdogExpired(1)).isFalse();
        assertThat(emu.read(1, XControlTable.GOAL_POSITION, 4)).isEqualTo(2081);
        assertThat(bridge.status().faults()).isEmpty();
    }

    @Test
    void hardwareErrorIsDetectedOnTheFaultPollAndBlocksEnableUntilReboot() {
        emu.hardwareError(5, 0x20);
        for (int k = 0; k < BridgeSettings.DEFAULT_FAULT_POLL_EVERY_TICKS; k++) {
            bridge.command(all(0.05), now[0]);
            bridge.tick(now[0]);
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.FAULT);
        assertThat(bridge.status().faults()).containsExactly(
                "servo 5: hardware error (overload, status 0x20): torque is off until REBOOT (rf_hip_flex_joint)");
        assertThat(emu.torque(1)).isFalse();
        assertThatThrownBy(() -> bridge.enable(now[0])).isInstanceOf(ServoException.class)
                .hasMessageContaining("cannot enable torque: servo 5: hardware error (overload");
    }

    @Test
    void faultPollIsOffWhenTheIntervalIsZero() throws ServoException {
        bridge.close();
        emu = new DynamixelEmulator(TestConfigs.ids(1, 12));
        link = new LoopbackLink(emu, () -> now[0]);
        bridge = new ServoBridge(ServoBuses.create(config, link, System::nanoTime), config,
                BridgeSettings.defaults().withShutdownHook(false).withFaultPollEveryTicks(0));
        bridge.enable(now[0]);
        emu.hardwareError(5, 0x20);
        long writes = link.writes();
        for (int k = 0; k < 20; k++) {
            bridge.tick(now[0]);
        }
        assertThat(bridge.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(link.writes()).isEqualTo(writes);
    }

    @Test
    void poseCheckHasItsOwnToleranceIndependentOfTheRateLimit() throws ServoException {
        bridge.close();
        emu.poke(1, XControlTable.TORQUE_ENABLE, 0, 1);
        emu.poke(3, XControlTable.PRESENT_POSITION, 2048 + 782, 4); // 1.1996 rad: 0.1996 outside
        ServoBridge unlimited = new ServoBridge(ServoBuses.create(config, new LoopbackLink(emu, () -> now[0]),
                System::nanoTime), config, BridgeSettings.defaults().withShutdownHook(false)
                .withMaxStepRad(Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> unlimited.enable(now[0])).isInstanceOf(ServoException.class)
                .hasMessageContaining("by more than the pose tolerance 0.05 rad");
        emu.poke(3, XControlTable.PRESENT_POSITION, 2048 + 671, 4); // 1.0293 rad: 0.0293 outside
        ServoBridge fine = new ServoBridge(ServoBuses.create(config, new LoopbackLink(emu, () -> now[0]),
                System::nanoTime), config, BridgeSettings.defaults().withShutdownHook(false).withMaxStepRad(0.01));
        fine.enable(now[0]);
        assertThat(fine.state()).isEqualTo(BridgeState.ACTIVE);
        assertThat(emu.read(3, XControlTable.GOAL_POSITION, 4)).isEqualTo(2048 + 652); // clamped to 1.0 rad
        fine.close();
    }

    @Test
    void poseToleranceMustBeFiniteAndNonNegative() {
        assertThatThrownBy(() -> BridgeSettings.defaults().withPoseToleranceRad(-0.1))
                .hasMessage("pose tolerance must be finite and >= 0 rad, got -0.1");
        assertThatThrownBy(() -> BridgeSettings.defaults().withPoseToleranceRad(Double.NaN))
                .hasMessageContaining("got NaN");
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
        bridge.injectDamage("weak:right-front-hip=0.3+limp:lb_knee_joint");
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
                .hasMessageContaining("weak strength must be within (0, 1], got 2.0");
    }

    @Test
    void speaksTheSimulatorsDamageLanguageAndRejectsBodyDamage() throws ServoException {
        assertThat(DamageSpec.parse("intact", config)).isEmpty();
        assertThat(DamageSpec.parse("none", config)).isEmpty();
        for (String body : new String[] {"damaged-left-front", "shin-scale:left-front=0.5", "remove-shin:right-back",
            "sensor-stuck:lf_knee_joint"}) {
            assertThatThrownBy(() -> bridge.injectDamage("lock:left-front-knee+" + body))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the servo bridge cannot realise")
                    .hasMessageContaining("only lock:<joint>, weak:<joint>=<0..1> and limp:<joint>");
        }
        assertThatThrownBy(() -> bridge.injectDamage("lock:left-front-knee, limp:rb_knee_joint"))
                .hasMessageContaining("join damage terms with '+'");
        assertThat(bridge.status().damage()).isEmpty();
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
