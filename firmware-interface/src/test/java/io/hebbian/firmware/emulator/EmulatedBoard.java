package io.hebbian.firmware.emulator;

import java.io.ByteArrayOutputStream;

/** A servo board's firmware, emulated: bytes from the host in, reply bytes out. */
public interface EmulatedBoard {

    /**
     * Handles bytes received from the host.
     *
     * @param nowNanos time on the test's clock (drives firmware watchdogs)
     * @param replies  receives the bytes the board sends back (Modified)
     */
    void receive(byte[] data, int off, int len, long nowNanos, ByteArrayOutputStream replies);

    /** Lets time pass without traffic (firmware watchdogs). */
    default void tick(long nowNanos) {
    }
}
