package io.hebbian.ros2.transport.rcljava;

import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ros2.rcljava.RCLJava;
import org.ros2.rcljava.interfaces.MessageDefinition;
import org.ros2.rcljava.node.Node;
import org.ros2.rcljava.publisher.Publisher;
import org.ros2.rcljava.qos.QoSProfile;
import org.ros2.rcljava.subscription.Subscription;

/**
 * ROS 2 through ros2_java (rcljava), for robots where ros2_java is built in a colcon workspace.
 * Needs the rcljava and message jars on the classpath and their JNI libraries on
 * {@code LD_LIBRARY_PATH} (source the workspace's {@code install/setup.bash}, then
 * {@code java -cp hebbian.jar:$CLASSPATH ...}). rcljava ignores {@code --params-file}: nodes read
 * their parameter YAML themselves. One transport per process: {@link #close()} shuts rcljava down.
 *
 * <p>Compiled in CI against {@code rcljava-api-stub}, which declares only the signatures used here.
 */
public final class RclJavaTransport implements Transport {

    private static boolean initialised;

    private final Node node;
    private final Thread spinner;
    private final List<Object> handles = new ArrayList<>();
    private volatile boolean closed;

    /** Initialises rcljava (once per process), creates the node and starts spinning it on a daemon thread. */
    public RclJavaTransport(String nodeName) {
        synchronized (RclJavaTransport.class) {
            if (!initialised) {
                RCLJava.rclJavaInit();
                initialised = true;
            }
        }
        node = RCLJava.createNode(nodeName);
        spinner = new Thread(() -> RCLJava.spin(node), "rcljava-spin-" + nodeName);
        spinner.setDaemon(true);
        spinner.start();
    }

    @Override
    public String id() {
        return "rcljava";
    }

    private static QoSProfile profile(Qos qos) {
        return qos == Qos.RELIABLE ? QoSProfile.DEFAULT : QoSProfile.SENSOR_DATA;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TopicPublisher<T> publisher(MessageType<T> type, String topic, Qos qos) {
        String name = Transport.absolute(topic);
        RclJavaCodecs.Codec<T> codec = RclJavaCodecs.forType(type);
        Publisher pub = node.createPublisher((Class) codec.rosClass(), name, profile(qos));
        synchronized (handles) {
            handles.add(pub);
        }
        return new TopicPublisher<>() {
            @Override
            public void publish(T message) {
                if (!closed) {
                    pub.publish(codec.encode().apply(message));
                }
            }

            @Override
            public String topic() {
                return name;
            }
        };
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> AutoCloseable subscribe(MessageType<T> type, String topic, Qos qos, Consumer<? super T> listener) {
        String name = Transport.absolute(topic);
        RclJavaCodecs.Codec<T> codec = RclJavaCodecs.forType(type);
        org.ros2.rcljava.consumers.Consumer<MessageDefinition> cb = m -> {
            if (!closed) {
                listener.accept(codec.decode().apply(m));
            }
        };
        Subscription sub = node.createSubscription((Class) codec.rosClass(), name,
                (org.ros2.rcljava.consumers.Consumer) cb, profile(qos));
        synchronized (handles) {
            handles.add(sub);
        }
        return sub::dispose;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RCLJava.shutdown();
        try {
            spinner.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        node.dispose();
    }
}
