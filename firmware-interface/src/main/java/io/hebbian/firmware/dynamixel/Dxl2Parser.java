package io.hebbian.firmware.dynamixel;

import io.hebbian.firmware.bus.ReceiveBuffer;

/**
 * Incremental Dynamixel Protocol 2.0 packet parser. Bytes go in with {@link #feed}; each
 * {@link #next()} yields the next packet whose CRC matches. Garbage, truncated or corrupt packets
 * and foreign bytes are skipped by resynchronising on the next {@code FF FF FD 00} header and
 * counted; nothing throws and no packet with a bad CRC is ever returned. Allocates nothing after
 * construction. Not thread-safe.
 */
public final class Dxl2Parser {

    private static final int MIN_LENGTH = 3;

    private final ReceiveBuffer rx;
    private final byte[] data;
    private int dataLength;
    private int id;
    private int instruction;
    private long crcErrors;
    private int maxLength;
    private long framingErrors;

    /** @param capacity largest packet accepted, bytes (e.g. 1024) */
    public Dxl2Parser(int capacity) {
        if (capacity < 16) {
            throw new IllegalArgumentException("parser capacity must be >= 16 bytes, got " + capacity);
        }
        rx = new ReceiveBuffer(capacity * 2);
        data = new byte[capacity];
        maxLength = capacity;
    }

    /** Appends received bytes (Not modified). If the buffer is full the oldest bytes are dropped and counted. */
    public void feed(byte[] src, int off, int len) {
        rx.feed(src, off, len);
    }

    /** Forgets buffered bytes (e.g. before a new request). Counted as discarded. */
    public void clear() {
        rx.clear();
    }

    /**
     * Parses the next valid packet, if a complete one is buffered.
     *
     * @return true if {@link #id()}, {@link #instruction()} and {@link #data()} now describe a packet
     */
    public boolean next() {
        while (true) {
            int h = findHeader();
            if (h < 0) {
                return false;
            }
            if (h > 0) {
                drop(h);
            }
            if (rx.size() < 7) {
                return false;
            }
            int length = (rx.bytes()[5] & 0xFF) | (rx.bytes()[6] & 0xFF) << 8;
            if (length < MIN_LENGTH || length > maxLength) {
                framingErrors++;
                drop(1);
                continue;
            }
            int total = 7 + length;
            if (rx.size() < total) {
                return false;
            }
            int crc = (rx.bytes()[total - 2] & 0xFF) | (rx.bytes()[total - 1] & 0xFF) << 8;
            if (Crc16.of(rx.bytes(), 0, total - 2) != crc) {
                crcErrors++;
                drop(1);
                continue;
            }
            id = rx.bytes()[4] & 0xFF;
            instruction = rx.bytes()[7] & 0xFF;
            boolean fastSyncStatus = id == Instruction.BROADCAST && instruction == Instruction.STATUS;
            dataLength = fastSyncStatus ? copy(8, total - 2) : destuff(8, total - 2);
            rx.consume(total);
            return true;
        }
    }

    /**
     * Largest LEN field accepted (3..capacity). A bus sets it to the longest reply it expects, so
     * a foreign header with a huge length cannot stall the parser until the timeout.
     */
    public void setMaxLength(int len) {
        if (len < MIN_LENGTH || len > data.length) {
            throw new IllegalArgumentException("max length must be in 3.." + data.length + ", got " + len);
        }
        maxLength = len;
    }

    /** Packet id of the last packet. */
    public int id() {
        return id;
    }

    /** Instruction byte of the last packet ({@link Instruction#STATUS} for replies). */
    public int instruction() {
        return instruction;
    }

    /** Bytes after the instruction, unstuffed (for a status packet: error byte, then parameters). Not to be modified. */
    public byte[] data() {
        return data;
    }

    public int dataLength() {
        return dataLength;
    }

    /** Error byte of a status packet. */
    public int error() {
        return dataLength > 0 ? data[0] & 0xFF : 0;
    }

    public long crcErrors() {
        return crcErrors;
    }

    public long framingErrors() {
        return framingErrors;
    }

    public long discardedBytes() {
        return rx.discarded();
    }

    private int findHeader() {
        byte[] b = rx.bytes();
        for (int i = 0; i + 3 < rx.size(); i++) {
            if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xFF && b[i + 2] == (byte) 0xFD && b[i + 3] == 0) {
                return i;
            }
        }
        int keep = Math.min(rx.size(), 3);
        if (rx.size() > keep) {
            drop(rx.size() - keep);
        }
        return -1;
    }

    private void drop(int n) {
        rx.drop(n);
    }

    private int copy(int from, int to) {
        int n = Math.min(to - from, data.length);
        System.arraycopy(rx.bytes(), from, data, 0, n);
        return n;
    }

    private int destuff(int from, int to) {
        int w = 0;
        for (int r = from; r < to && w < data.length; r++) {
            data[w++] = rx.bytes()[r];
            if (rx.bytes()[r] == (byte) 0xFD && r + 1 < to && rx.bytes()[r + 1] == (byte) 0xFD && r - 2 >= 7
                    && rx.bytes()[r - 1] == (byte) 0xFF && rx.bytes()[r - 2] == (byte) 0xFF) {
                r++;
            }
        }
        return w;
    }
}
