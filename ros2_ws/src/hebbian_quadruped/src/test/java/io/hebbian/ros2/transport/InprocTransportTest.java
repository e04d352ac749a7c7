package io.hebbian.ros2.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.ros2.transport.inproc.InprocTransport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InprocTransportTest extends TransportContract {

    private InprocTransport bus;

    @Override
    protected Transport open(String nodeName) {
        if (bus == null) {
            bus = new InprocTransport();
        }
        return bus;
    }

    @Test
    void subscribersGetCopiesSoPublishersMayReuseArrays() {
        List<double[]> got = new ArrayList<>();
        a.subscribe(MessageType.FLOAT64_ARRAY, "/x", Qos.RELIABLE, got::add);
        double[] buf = {1, 2};
        TopicPublisher<double[]> p = a.publisher(MessageType.FLOAT64_ARRAY, "x", Qos.RELIABLE);
        p.publish(buf);
        buf[0] = 9;
        assertThat(got.get(0)).containsExactly(1, 2);
        assertThat(p.topic()).isEqualTo("/x");
    }

    @Test
    void oneTopicCarriesOneType() {
        a.publisher(MessageType.STRING, "/t", Qos.RELIABLE);
        assertThatThrownBy(() -> a.publisher(MessageType.BOOL, "/t", Qos.RELIABLE))
                .hasMessageContaining("/t already carries std_msgs/msg/String");
        assertThatThrownBy(() -> a.publisher(MessageType.BOOL, "bad topic", Qos.RELIABLE))
                .hasMessageContaining("'bad topic'");
    }
}
