package org.ros2.rcljava.node;

import org.ros2.rcljava.consumers.Consumer;
import org.ros2.rcljava.interfaces.MessageDefinition;
import org.ros2.rcljava.publisher.Publisher;
import org.ros2.rcljava.qos.QoSProfile;
import org.ros2.rcljava.subscription.Subscription;

/** COMPILE-ONLY STUB of rcljava's {@code Node} (the methods we call). */
public interface Node {
    <T extends MessageDefinition> Publisher<T> createPublisher(Class<T> messageType, String topic, QoSProfile qos);

    <T extends MessageDefinition> Subscription<T> createSubscription(Class<T> messageType, String topic,
            Consumer<T> callback, QoSProfile qos);

    void dispose();
}
