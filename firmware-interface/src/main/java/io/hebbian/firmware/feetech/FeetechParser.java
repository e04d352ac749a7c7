package io.hebbian.firmware.feetech;

/**
 * Incremental parser for Feetech (Dynamixel-1.0-style) packets: skips noise by resynchronising on
 * {@code FF FF}, counts and drops packets whose checksum fails, never throws, allocates nothing.
 */
public final class FeetechParser {

    private final byte[] buf = new byte[1024];
    private int size;
    private final byte[] data = new byte[256];
    private int dataLength;
    private int id;
    private int first;
    private long checksumErrors;
    private int maxLength = 255;
    private long framingErrors;
    private long discarded;

    /** Appends received bytes (Not modified); drops the oldest bytes if full. */
    public void feed(byte[] src, int off, int len) {
        if (len > buf.length) {
            discarded += len - buf.length;
            off += len - buf.length;
            len = buf.length;
        }
        if (size + len > buf.length) {
            drop(size + len - buf.length);
        }
        System.arraycopy(src, off, buf, size, len);
        size += len;
    }

    public void clear() {
        discarded += size;
        size = 0;
    }

    /** Parses the next packet with a valid checksum; false if none is complete yet. */
    public boolean next() {
        while (true) {
            int h = -1;
            for (int i = 0; i + 1 < size; i++) {
                if (buf[i] == (byte) 0xFF && buf[i + 1] == (byte) 0xFF && (i + 2 >= size || buf[i + 2] != (byte) 0xFF)) {
                    h = i;
                    break;
                }
            }
            if (h < 0) {
                int keep = size > 0 && buf[size - 1] == (byte) 0xFF ? 1 : 0;
                drop(size - keep);
                return false;
            }
            drop(h);
            if (size < 4) {
                return false;
            }
            int length = buf[3] & 0xFF;
            if (length < 2 || length > maxLength || (buf[2] & 0xFF) > 0xFE) {
                framingErrors++;
                drop(1);
                continue;
            }
            int total = 4 + length;
            if (size < total) {
                return false;
            }
            if (FeetechCodec.checksum(buf, 2, total - 3) != (buf[total - 1] & 0xFF)) {
                checksumErrors++;
                drop(1);
                continue;
            }
            id = buf[2] & 0xFF;
            first = buf[4] & 0xFF;
            dataLength = length - 2;
            System.arraycopy(buf, 5, data, 0, dataLength);
            drop(total);
            discarded -= total;
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
        return discarded;
    }

    private void drop(int n) {
        discarded += n;
        size -= n;
        System.arraycopy(buf, n, buf, 0, size);
    }
}
