package io.hebbian.ros2.transport.dds;

import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.function.Consumer;
import us.ihmc.pubsub.DomainFactory.PubSubImplementation;
import us.ihmc.pubsub.subscriber.Subscriber;
import us.ihmc.ros2.NewMessageListener;
import us.ihmc.ros2.ROS2Node;
import us.ihmc.ros2.ROS2PublisherBasics;
import us.ihmc.ros2.ROS2QosProfile;
import us.ihmc.ros2.ROS2Subscription;

/**
 * ROS 2 on the wire without a ROS installation: one DDS participant through
 * {@code us.ihmc:ihmc-ros2-library} (bundled Fast DDS). Topics are {@code rt/<name>}, type names
 * {@code <pkg>::msg::dds_::<Msg>_}, so any ROS 2 distro's nodes (and plain DDS peers using those
 * names) interoperate. {@link Qos#RELIABLE} is ROS 2's default profile (the library's own default
 * is best-effort and would not match ROS 2's reliable readers).
 *
 * <p>Publishing is synchronized per publisher; listeners run on a Fast DDS thread.
 */
public final class DdsTransport implements Transport {

    private final ROS2Node node;
    private volatile boolean closed;

    /**
     * Creates the DDS participant.
     *
     * @param nodeName    ROS 2 node name, e.g. {@code hebbian_policy}
     * @param domainId    ROS 2 domain id, 0..232 (see {@link #domainFromEnvironment()})
     * @param bindAddress interface to bind (e.g. {@code 127.0.0.1} for loopback only), or null for all
     */
    public DdsTransport(String nodeName, int domainId, InetAddress bindAddress) {
        if (domainId < 0 || domainId > 232) {
            throw new IllegalArgumentException("ROS_DOMAIN_ID must be within [0, 232], got " + domainId);
        }
        this.node = bindAddress == null
                ? new ROS2Node(PubSubImplementation.FAST_RTPS, nodeName, domainId)
                : new ROS2Node(PubSubImplementation.FAST_RTPS, nodeName, domainId, bindAddress);
    }

    /** A participant on {@code ROS_DOMAIN_ID} (0 if unset), bound to {@code bindAddress} or all interfaces. */
    public static DdsTransport create(String nodeName, String bindAddress) {
        try {
            InetAddress bind = bindAddress == null || bindAddress.isBlank() ? null : InetAddress.getByName(bindAddress);
            return new DdsTransport(nodeName, domainFromEnvironment(), bind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve bind address '" + bindAddress + "'", e);
        }
    }

    /** {@code ROS_DOMAIN_ID} from the environment, 0 if unset or blank. */
    public static int domainFromEnvironment() {
        String v = System.getenv("ROS_DOMAIN_ID");
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ROS_DOMAIN_ID must be an integer, got '" + v + "'");
        }
    }

    @Override
    public String id() {
        return "dds";
    }

    private static ROS2QosProfile profile(Qos qos) {
        return qos == Qos.RELIABLE ? ROS2QosProfile.RELIABLE() : ROS2QosProfile.BEST_EFFORT();
    }

    @Override
    public <T> TopicPublisher<T> publisher(MessageType<T> type, String topic, Qos qos) {
        String name = Transport.absolute(topic);
        DdsCodec<T, Object> codec = DdsCodecs.forType(type);
        ROS2PublisherBasics<Object> pub = node.createPublisher(codec.topicDataType(), name, profile(qos));
        Object buffer = codec.factory().get();
        return new TopicPublisher<>() {
            @Override
            public void publish(T message) {
                if (closed) {
                    return;
                }
                synchronized (buffer) {
                    codec.encode(message, buffer);
                    pub.publish(buffer);
                }
            }

            @Override
            public String topic() {
                return name;
            }
        };
    }

    @Override
    public <T> AutoCloseable subscribe(MessageType<T> type, String topic, Qos qos, Consumer<? super T> listener) {
        String name = Transport.absolute(topic);
        DdsCodec<T, Object> codec = DdsCodecs.forType(type);
        Object buffer = codec.factory().get();
        // Fast DDS calls back once per sample; one take per call (taking until empty makes the
        // native layer print an error line for every empty take).
        NewMessageListener<Object> l = (Subscriber<Object> s) -> {
            synchronized (buffer) {
                if (!closed && s.takeNextData(buffer, null)) {
                    listener.accept(codec.decode(buffer));
                }
            }
        };
        ROS2Subscription<Object> sub = node.createSubscription(codec.topicDataType(), l, name, profile(qos));
        return sub::remove;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            node.destroy();
        }
    }
}
