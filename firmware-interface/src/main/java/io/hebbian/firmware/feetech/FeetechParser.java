package io.hebbian.firmware.feetech;

import io.hebbian.firmware.bus.ReceiveBuffer;

/**
 * Incremental parser for Feetech (Dynamixel-1.0-style) packets: skips noise by resynchronising on
 * {@code FF FF}, counts and drops packets whose checksum fails, never throws, allocates nothing.
 */
public final class FeetechParser {

    private final ReceiveBuffer rx = new ReceiveBuffer(1024);
    private final byte[] data = new byte[256];
    private int dataLength;
    private int id;
    private int first;
    private long checksumErrors;
    private int maxLength = 255;
    private long framingErrors;

    /** Appends received bytes (Not modified); drops the oldest bytes if full. */
    public void feed(byte[] src, int off, int len) {
        rx.feed(src, off, len);
    }

    public void clear() {
        rx.clear();
    }

    /** Parses the next packet with a valid checksum; false if none is complete yet. */
    public boolean next() {
        while (true) {
            int h = -1;
            byte[] b = rx.bytes();
            for (int i = 0; i + 1 < rx.size(); i++) {
                if (b[i] == (byte) 0xFF && b[i + 1] == (byte) 0xFF && (i + 2 >= rx.size() || b[i + 2] != (byte) 0xFF)) {
                    h = i;
                    break;
                }
            }
            if (h < 0) {
                int keep = rx.size() > 0 && rx.bytes()[rx.size() - 1] == (byte) 0xFF ? 1 : 0;
                drop(rx.size() - keep);
                return false;
            }
            drop(h);
            if (rx.size() < 4) {
                return false;
            }
            int length = rx.bytes()[3] & 0xFF;
            if (length < 2 || length > maxLength || (rx.bytes()[2] & 0xFF) > 0xFE) {
                framingErrors++;
                drop(1);
                continue;
            }
            int total = 4 + length;
            if (rx.size() < total) {
                return false;
            }
            if (FeetechCodec.checksum(rx.bytes(), 2, total - 3) != (rx.bytes()[total - 1] & 0xFF)) {
                checksumErrors++;
                drop(1);
                continue;
            }
            id = rx.bytes()[2] & 0xFF;
            first = rx.bytes()[4] & 0xFF;
            dataLength = length - 2;
            System.arraycopy(rx.bytes(), 5, data, 0, dataLength);
            rx.consume(total);
            return true;
        }
    }

    /**
     * Largest LEN field accepted (2..255). A bus sets it to the longest reply it expects, so a
     * foreign header with a huge length cannot stall the parser until the timeout.
     */
    public void setMaxLength(int len) {
        if (len < 2 || len > 255) {
            throw new IllegalArgumentException("max length must be in 2..255, got " + len);
        }
        maxLength = len;
    }

    public int id() {
        return id;
    }

    /** The byte after LEN: instruction in a request, error byte in a status reply. */
    public int instructionOrError() {
        return first;
    }

    /** Parameters (Not to be modified). */
    public byte[] data() {
        return data;
    }

    public int dataLength() {
        return dataLength;
    }

    public long checksumErrors() {
        return checksumErrors;
    }

    public long framingErrors() {
        return framingErrors;
    }

    public long discardedBytes() {
        return rx.discarded();
    }

    private void drop(int n) {
        rx.drop(n);
    }
}
