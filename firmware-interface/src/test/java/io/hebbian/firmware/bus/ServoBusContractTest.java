package io.hebbian.firmware.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.EmulatedBoard;
import io.hebbian.firmware.emulator.LoopbackLink;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link ServoBus} implementation passes, run against its emulator in memory. */
abstract class ServoBusContractTest {

    protected ServoConfig config;
    protected EmulatedBoard board;
    protected LoopbackLink link;
    protected ServoBus bus;

    abstract ServoConfig config();

    abstract EmulatedBoard board(ServoConfig config);

    /** Whether the emulator reports torque on for joint k. */
    abstract boolean torqueOn(int k);

    /** Position resolution, radians. */
    abstract double resolutionRad();

    /** False for protocols without framing (Maestro), which cannot skip foreign bytes. */
    boolean resynchronises() {
        return true;
    }

    @BeforeEach
    void open() {
        config = config();
        board = board(config);
        link = new LoopbackLink(board, System::nanoTime);
        bus = ServoBuses.create(config, link, System::nanoTime);
    }

    @Test
    void writesTargetsAndReadsThemBack() throws ServoException {
        bus.setTorque(true);
        SplittableRandom rnd = new SplittableRandom(7);
        double[] target = new double[bus.jointCount()];
        JointStateSample s = new JointStateSample(bus.jointCount());
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < target.length; k++) {
                target[k] = rnd.nextDouble(-1, 1);
            }
            bus.writePositions(target);
            assertThat(bus.readState(s)).isTrue();
            for (int k = 0; k < target.length; k++) {
                assertThat(s.positionRad[k]).isCloseTo(target[k], org.assertj.core.data.Offset.offset(resolutionRad()));
            }
        }
        assertThat(s.isFinite()).isTrue();
        assertThat(s.stampNanos).isPositive();
    }

    @Test
    void torqueOffReachesEveryServo() throws ServoException {
        bus.setTorque(true);
        bus.writePositions(new double[bus.jointCount()]);
        bus.setTorque(false);
        for (int k = 0; k < bus.jointCount(); k++) {
            assertThat(torqueOn(k)).as("joint %d", k).isFalse();
        }
    }

    @Test
    void pingAndScanFindTheConfiguredServos() throws ServoException {
        int firstId = config.joints().get(0).id();
        assertThat(bus.ping(firstId)).isNotNull();
        List<PingResult> found = bus.scan(List.of(firstId, firstId + 1));
        assertThat(found).extracting(PingResult::id).containsExactly(firstId, firstId + 1);
    }

    @Test
    void skipsForeignBytesBeforeReplies() throws ServoException {
        assumeThat(resynchronises()).as("protocol without framing").isTrue();
        link.setNoise(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x01, 0x7F, 0x13, (byte) 0xFD, 0x00, (byte) 0xFF});
        JointStateSample s = new JointStateSample(bus.jointCount());
        assertThat(bus.readState(s)).isTrue();
        assertThat(bus.counters().discardedBytes()).isPositive();
    }

    @Test
    void reportsUnplugAndRecoversOnReconnect() throws ServoException {
        JointStateSample s = new JointStateSample(bus.jointCount());
        link.setPlugged(false);
        assertThatThrownBy(() -> bus.readState(s)).isInstanceOf(ServoDisconnectedException.class);
        assertThat(bus.connected()).isFalse();
        assertThat(bus.reconnect()).isFalse();
        link.setPlugged(true);
        assertThat(bus.reconnect()).isTrue();
        assertThat(bus.readState(s)).isTrue();
        assertThat(bus.counters().disconnects()).isEqualTo(1);
    }

    @Test
    void wrongCommandLengthIsAProgrammerError() {
        assertThatThrownBy(() -> bus.writePositions(new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected " + bus.jointCount() + " joint targets, got 3");
    }
}
