package io.hebbian.ros2.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link Transport} must do: deliver each message type intact from a publisher to a
 * subscriber on another node. Subclasses open the two endpoints.
 */
@Timeout(60)
public abstract class TransportContract {

    protected Transport a;
    protected Transport b;

    /** Opens an endpoint; for in-process transports both calls may return the same bus. */
    protected abstract Transport open(String nodeName);

    /** How long a subscriber may take to match a publisher before the first sample counts, ms. */
    protected long discoveryMillis() {
        return 0;
    }

    @BeforeEach
    void openBoth() {
        a = open("contract_a");
        b = open("contract_b");
    }

    @AfterEach
    void closeBoth() {
        b.close();
        a.close();
    }

    /** Publishes {@code message} until the subscriber gets one (discovery may drop early samples). */
    protected <T> T roundTrip(MessageType<T> type, String topic, T message) throws InterruptedException {
        BlockingQueue<T> got = new LinkedBlockingQueue<>();
        b.subscribe(type, topic, Qos.RELIABLE, got::add);
        TopicPublisher<T> pub = a.publisher(type, topic, Qos.RELIABLE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            pub.publish(message);
            T m = got.poll(discoveryMillis() > 0 ? 100 : 1, TimeUnit.MILLISECONDS);
            if (m != null) {
                return m;
            }
        }
        throw new AssertionError("no " + type + " received on " + topic + " within 30 s");
    }

    @Test
    void jointStateArrivesIntact() throws Exception {
        JointStateMessage sent = new JointStateMessage(1_700_000_000_123_456_789L, List.of("hip_1", "knee_1"),
                new double[] {0.25, -1.5}, new double[] {0.5, Double.NaN}, new double[] {});
        JointStateMessage got = roundTrip(MessageType.JOINT_STATE, "/contract/joint_states", sent);
        assertThat(got.stampNanos()).isEqualTo(sent.stampNanos());
        assertThat(got.names()).isEqualTo(sent.names());
        assertThat(got.positionRad()).containsExactly(0.25, -1.5);
        assertThat(got.velocityRadPerSec()[0]).isEqualTo(0.5);
        assertThat(got.velocityRadPerSec()[1]).isNaN();
        assertThat(got.effort()).isEmpty();
    }

    @Test
    void imuArrivesIntact() throws Exception {
        ImuSample s = new ImuSample();
        s.stampNanos = 5_000_000_007L;
        System.arraycopy(new double[] {0.5, 0.5, -0.5, 0.5}, 0, s.orientationWxyz, 0, 4);
        System.arraycopy(new double[] {0.1, 0.2, 0.3}, 0, s.angularVelocityRadPerSec, 0, 3);
        System.arraycopy(new double[] {0.0, -0.1, 9.81}, 0, s.linearAccelerationMps2, 0, 3);
        ImuSample got = roundTrip(MessageType.IMU, "imu/data_contract", s);
        assertThat(got.stampNanos).isEqualTo(s.stampNanos);
        assertThat(got.orientationWxyz).containsExactly(s.orientationWxyz);
        assertThat(got.angularVelocityRadPerSec).containsExactly(s.angularVelocityRadPerSec);
        assertThat(got.linearAccelerationMps2).containsExactly(s.linearAccelerationMps2);
    }

    @Test
    void commandsArriveIntact() throws Exception {
        assertThat(roundTrip(MessageType.FLOAT64_ARRAY, "/contract/commands", new double[] {1.5, -2, 0}))
                .containsExactly(1.5, -2, 0);
        JointCommand c = new JointCommand(List.of("a", "b"), new double[] {0.1, 0.2}, 16_500_000L);
        JointCommand got = roundTrip(MessageType.JOINT_TRAJECTORY, "/contract/joint_trajectory", c);
        assertThat(got.jointNames()).isEqualTo(c.jointNames());
        assertThat(got.positionsRad()).containsExactly(0.1, 0.2);
        assertThat(got.timeFromStartNanos()).isEqualTo(16_500_000L);
    }

    @Test
    void smallMessagesArriveIntact() throws Exception {
        Diagnostics d = new Diagnostics(1_700_000_000_123_456_789L, "node", Diagnostics.Level.WARN, "holding", Map.of("imu_age_s", "0.300"));
        assertThat(roundTrip(MessageType.DIAGNOSTICS, "/contract/diagnostics", d)).isEqualTo(d);
        assertThat(roundTrip(MessageType.CLOCK, "/contract/clock", 12_345_678_901L)).isEqualTo(12_345_678_901L);
        assertThat(roundTrip(MessageType.STRING, "/contract/damage", "shorten:shin_1:0.25")).isEqualTo("shorten:shin_1:0.25");
        assertThat(roundTrip(MessageType.BOOL, "/contract/torque", true)).isTrue();
    }
}
