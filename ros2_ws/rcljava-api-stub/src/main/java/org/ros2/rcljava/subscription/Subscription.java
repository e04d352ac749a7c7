package org.ros2.rcljava.subscription;

import org.ros2.rcljava.interfaces.MessageDefinition;

/** COMPILE-ONLY STUB of rcljava's {@code Subscription}. */
public interface Subscription<T extends MessageDefinition> {
    void dispose();
}
