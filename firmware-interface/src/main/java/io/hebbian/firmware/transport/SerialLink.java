package io.hebbian.firmware.transport;

import io.hebbian.firmware.bus.ServoDisconnectedException;

/**
 * A byte pipe to a servo board. Reads never block; callers poll against their own
 * {@code System.nanoTime} deadline. Not thread-safe.
 */
public interface SerialLink extends AutoCloseable {

    /** Writes all {@code len} bytes (Not modified). */
    void write(byte[] data, int off, int len) throws ServoDisconnectedException;

    /**
     * Copies whatever bytes have arrived, up to {@code len}, into {@code dst} (Modified).
     *
     * @return bytes read, 0 if none are waiting
     */
    int read(byte[] dst, int off, int len) throws ServoDisconnectedException;

    /** Drops bytes already received (stale replies, line noise). */
    void discardInput() throws ServoDisconnectedException;

    /** Sets the line speed, bits/s; false if the adapter refused it. */
    boolean setBaud(int baud);

    /** True unless the device was found gone. */
    boolean isConnected();

    /** Closes and tries to reopen the port once; true if usable again. */
    boolean reopen();

    /** A name for messages, e.g. the port path. */
    String description();

    /**
     * Registers an action to run at JVM shutdown while this link can still write (jSerialComm
     * closes its ports in its own shutdown hook, so plain JVM hooks may run too late).
     */
    default void addShutdownHook(Thread hook) {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    void close();
}
