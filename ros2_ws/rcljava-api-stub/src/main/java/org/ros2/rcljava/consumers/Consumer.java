package org.ros2.rcljava.consumers;

/** COMPILE-ONLY STUB of rcljava's {@code Consumer}. */
@FunctionalInterface
public interface Consumer<T> {
    void accept(T input);
}
