package io.hebbian.firmware.bus;

/**
 * The bytes received from a serial line and not yet parsed, shared by the protocol parsers:
 * a fixed window that drops (and counts) its oldest bytes when it overflows. Allocation-free.
 */
public final class ReceiveBuffer {

    private final byte[] bytes;
    private int size;
    private long discarded;

    /** @param capacity bytes held at most */
    public ReceiveBuffer(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Appends received bytes (Not modified); if full, the oldest bytes are dropped and counted. */
    public void feed(byte[] src, int off, int len) {
        if (len > bytes.length) {
            discarded += len - bytes.length;
            off += len - bytes.length;
            len = bytes.length;
        }
        if (size + len > bytes.length) {
            drop(size + len - bytes.length);
        }
        System.arraycopy(src, off, bytes, size, len);
        size += len;
    }

    /** Forgets every buffered byte, counted as discarded. */
    public void clear() {
        discarded += size;
        size = 0;
    }

    /** Removes the first {@code n} bytes as garbage (counted as discarded). */
    public void drop(int n) {
        discarded += n;
        consume(n);
    }

    /** Removes the first {@code n} bytes as a parsed packet (not counted). */
    public void consume(int n) {
        size -= n;
        System.arraycopy(bytes, n, bytes, 0, size);
    }

    /** The buffer; valid bytes are {@code [0, size())}. Not to be modified by callers. */
    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return size;
    }

    /** Bytes dropped as garbage or overflow so far. */
    public long discarded() {
        return discarded;
    }
}
