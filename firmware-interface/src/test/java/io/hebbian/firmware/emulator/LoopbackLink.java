package io.hebbian.firmware.emulator;

import io.hebbian.firmware.bus.ServoDisconnectedException;
import io.hebbian.firmware.transport.SerialLink;
import java.io.ByteArrayOutputStream;
import java.util.function.LongSupplier;

/**
 * An in-memory {@link SerialLink} wired straight to an {@link EmulatedBoard}: replies are
 * available as soon as a request is written. Can be unplugged, and can inject noise.
 */
public final class LoopbackLink implements SerialLink {

    private final EmulatedBoard board;
    private final LongSupplier clock;
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private byte[] pending = new byte[0];
    private int readPos;
    private boolean plugged = true;
    private boolean connected = true;
    private byte[] noise = new byte[0];
    private long writes;

    public LoopbackLink(EmulatedBoard board, LongSupplier clock) {
        this.board = board;
        this.clock = clock;
    }

    @Override
    public void write(byte[] data, int off, int len) throws ServoDisconnectedException {
        check();
        writes++;
        replies.reset();
        replies.write(noise, 0, noise.length);
        board.receive(data, off, len, clock.getAsLong(), replies);
        byte[] fresh = replies.toByteArray();
        byte[] merged = new byte[pending.length - readPos + fresh.length];
        System.arraycopy(pending, readPos, merged, 0, pending.length - readPos);
        System.arraycopy(fresh, 0, merged, pending.length - readPos, fresh.length);
        pending = merged;
        readPos = 0;
    }

    @Override
    public int read(byte[] dst, int off, int len) throws ServoDisconnectedException {
        check();
        int n = Math.min(len, pending.length - readPos);
        System.arraycopy(pending, readPos, dst, off, n);
        readPos += n;
        return n;
    }

    @Override
    public void discardInput() throws ServoDisconnectedException {
        check();
        readPos = pending.length;
    }

    @Override
    public boolean setBaud(int baud) {
        return true;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public boolean reopen() {
        connected = plugged;
        return connected;
    }

    @Override
    public String description() {
        return "loopback";
    }

    @Override
    public void close() {
        connected = false;
    }

    /** Simulates pulling (false) or re-inserting (true) the adapter. */
    public void setPlugged(boolean p) {
        plugged = p;
    }

    /** Bytes prepended to every reply (line noise / a foreign device). */
    public void setNoise(byte[] bytes) {
        noise = bytes.clone();
    }

    public long writes() {
        return writes;
    }

    private void check() throws ServoDisconnectedException {
        if (!plugged) {
            connected = false;
        }
        if (!connected) {
            throw new ServoDisconnectedException("loopback unplugged");
        }
    }
}
