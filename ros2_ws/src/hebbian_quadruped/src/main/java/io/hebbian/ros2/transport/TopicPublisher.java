package io.hebbian.ros2.transport;

/**
 * Publishes messages of one type on one topic.
 *
 * @param <T> the middleware-neutral message type
 */
public interface TopicPublisher<T> {

    /**
     * Publishes one message. The transport converts it before returning, so the caller may reuse
     * its arrays afterwards.
     */
    void publish(T message);

    /** The fully qualified topic name, e.g. {@code /joint_states}. */
    String topic();
}
