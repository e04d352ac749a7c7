package org.ros2.rcljava.publisher;

import org.ros2.rcljava.interfaces.MessageDefinition;

/** COMPILE-ONLY STUB of rcljava's {@code Publisher}. */
public interface Publisher<T extends MessageDefinition> {
    void publish(T message);

    void dispose();
}
