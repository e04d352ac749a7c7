package io.hebbian.ros2.transport.rcljava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Transports;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rcljava conversions, exercised on the compile-only stub's message holders (the real
 * generated classes have the same accessors). Without ros2_java the transport itself cannot start.
 */
class RclJavaCodecsTest {

    private static <T> T roundTrip(MessageType<T> type, T value) {
        RclJavaCodecs.Codec<T> c = RclJavaCodecs.forType(type);
        var ros = c.encode().apply(value);
        assertThat(ros).isInstanceOf(c.rosClass());
        return c.decode().apply(ros);
    }

    @Test
    void everyMessageTypeSurvivesTheConversion() {
        JointStateMessage j = roundTrip(MessageType.JOINT_STATE, new JointStateMessage(3_000_000_005L,
                List.of("a", "b"), new double[] {1, 2}, new double[] {3, 4}, new double[0]));
        assertThat(j.stampNanos()).isEqualTo(3_000_000_005L);
        assertThat(j.names()).containsExactly("a", "b");
        assertThat(j.positionRad()).containsExactly(1, 2);
        assertThat(j.velocityRadPerSec()).containsExactly(3, 4);

        ImuSample s = new ImuSample();
        s.orientationWxyz[0] = 0.5;
        s.orientationWxyz[3] = -0.5;
        s.angularVelocityRadPerSec[1] = 0.2;
        s.linearAccelerationMps2[2] = 9.81;
        ImuSample i = roundTrip(MessageType.IMU, s);
        assertThat(i.orientationWxyz).containsExactly(0.5, 0, 0, -0.5);
        assertThat(i.angularVelocityRadPerSec).containsExactly(0, 0.2, 0);
        assertThat(i.linearAccelerationMps2).containsExactly(0, 0, 9.81);

        assertThat(roundTrip(MessageType.FLOAT64_ARRAY, new double[] {0.1, -0.2})).containsExactly(0.1, -0.2);
        JointCommand c = roundTrip(MessageType.JOINT_TRAJECTORY, new JointCommand(List.of("x"), new double[] {0.3},
                1_500_000_000L));
        assertThat(c.positionsRad()).containsExactly(0.3);
        assertThat(c.timeFromStartNanos()).isEqualTo(1_500_000_000L);
        Diagnostics d = new Diagnostics(1_700_000_000_123_456_789L, "n", Diagnostics.Level.ERROR, "m", Map.of("k", "v"));
        assertThat(roundTrip(MessageType.DIAGNOSTICS, d)).isEqualTo(d);
        assertThat(roundTrip(MessageType.CLOCK, 4_294_967_295_123L)).isEqualTo(4_294_967_295_123L);
        assertThat(roundTrip(MessageType.STRING, "lock:hip_1")).isEqualTo("lock:hip_1");
        assertThat(roundTrip(MessageType.BOOL, true)).isTrue();
    }

    @Test
    void theStubRefusesToRunAndSaysWhy() {
        assertThatThrownBy(() -> Transports.open("rcljava", "n", null))
                .hasMessageContaining("rcljava").rootCause().hasMessageContaining("compile-only");
        assertThatThrownBy(() -> Transports.open("zeromq", "n", null)).hasMessageContaining("expected dds or rcljava");
    }
}
