package org.ros2.rcljava.interfaces;

/** COMPILE-ONLY STUB of rcljava_common's {@code MessageDefinition}. */
public interface MessageDefinition {
}
