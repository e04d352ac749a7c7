package io.hebbian.ros2.transport;

import java.util.function.Consumer;

/**
 * The only way nodes talk to the outside: typed publishers and subscriptions on ROS 2 topic names.
 * Implementations: {@code inproc} (same JVM, no middleware), {@code dds} (ROS 2 wire-compatible,
 * bundled Fast DDS) and {@code rcljava} (ros2_java). Nodes never know which one they run on.
 *
 * <p>Listeners run on a transport thread (or, for {@code inproc}, on the publisher's thread); they
 * must be quick and thread-safe with respect to the node's own control thread.
 */
public interface Transport extends AutoCloseable {

    /** The transport id: {@code inproc}, {@code dds} or {@code rcljava}. */
    String id();

    /**
     * Creates a publisher.
     *
     * @param topic a ROS 2 topic name; relative names are made absolute ({@code joint_states → /joint_states})
     */
    <T> TopicPublisher<T> publisher(MessageType<T> type, String topic, Qos qos);

    /**
     * Subscribes {@code listener} to a topic. The listener gets a fresh message object per sample.
     *
     * @return a handle that ends the subscription
     */
    <T> AutoCloseable subscribe(MessageType<T> type, String topic, Qos qos, Consumer<? super T> listener);

    /** Ends all publishers and subscriptions and releases the middleware. Idempotent. */
    @Override
    void close();

    /** {@code name} as an absolute ROS 2 topic name; rejects blanks and whitespace. */
    static String absolute(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("invalid topic name '" + name + "'");
        }
        return name.startsWith("/") ? name : "/" + name;
    }
}
