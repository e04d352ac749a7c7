package io.hebbian.ros2.transport.inproc;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Nodes in one JVM, no middleware: {@link TopicPublisher#publish} hands a copy of the message to
 * every subscriber of the same topic and type, synchronously on the publisher's thread. QoS is
 * ignored (delivery is always reliable). Also the fake transport of the node tests.
 */
public final class InprocTransport implements Transport {

    private record Key(String topic, MessageType<?> type) {
    }

    private final Map<Key, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, MessageType<?>> topicTypes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    @Override
    public String id() {
        return "inproc";
    }

    @Override
    public <T> TopicPublisher<T> publisher(MessageType<T> type, String topic, Qos qos) {
        String name = Transport.absolute(topic);
        checkType(name, type);
        Key key = new Key(name, type);
        List<Consumer<Object>> subs = subscribers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>());
        return new TopicPublisher<>() {
            @Override
            public void publish(T message) {
                if (closed) {
                    return;
                }
                for (Consumer<Object> s : subs) {
                    s.accept(copy(type, message));
                }
            }

            @Override
            public String topic() {
                return name;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> AutoCloseable subscribe(MessageType<T> type, String topic, Qos qos, Consumer<? super T> listener) {
        String name = Transport.absolute(topic);
        checkType(name, type);
        Consumer<Object> c = m -> listener.accept((T) m);
        List<Consumer<Object>> subs = subscribers.computeIfAbsent(new Key(name, type), k -> new CopyOnWriteArrayList<>());
        subs.add(c);
        return () -> subs.remove(c);
    }

    /** Number of subscribers on {@code topic} (any type). */
    public int subscriberCount(String topic) {
        String name = Transport.absolute(topic);
        return subscribers.entrySet().stream().filter(e -> e.getKey().topic().equals(name))
                .mapToInt(e -> e.getValue().size()).sum();
    }

    @Override
    public void close() {
        closed = true;
        subscribers.clear();
    }

    private void checkType(String topic, MessageType<?> type) {
        MessageType<?> old = topicTypes.putIfAbsent(topic, type);
        if (old != null && old != type) {
            throw new IllegalArgumentException("topic " + topic + " already carries " + old + ", not " + type);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(MessageType<T> type, T m) {
        Object c = switch (type.kind()) {
            case JOINT_STATE -> {
                JointStateMessage j = (JointStateMessage) m;
                yield new JointStateMessage(j.stampNanos(), j.names(), j.positionRad().clone(),
                        j.velocityRadPerSec().clone(), j.effort().clone());
            }
            case IMU -> {
                ImuSample s = new ImuSample();
                s.copyFrom((ImuSample) m);
                yield s;
            }
            case FLOAT64_ARRAY -> ((double[]) m).clone();
            case JOINT_TRAJECTORY -> {
                JointCommand j = (JointCommand) m;
                yield new JointCommand(j.jointNames(), j.positionsRad().clone(), j.timeFromStartNanos());
            }
            default -> m; // immutable
        };
        return (T) c;
    }
}
