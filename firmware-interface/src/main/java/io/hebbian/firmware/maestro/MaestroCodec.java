package io.hebbian.firmware.maestro;

/**
 * Pololu Maestro serial commands (compact protocol; targets in quarter-microseconds, 7-bit data
 * bytes) and the optional CRC-7 (poly 0x91, LSB first). All methods write into a caller-owned
 * buffer and return the new write offset; nothing is allocated.
 */
public final class MaestroCodec {

    public static final int SET_TARGET = 0x84;
    public static final int SET_SPEED = 0x87;
    public static final int SET_ACCELERATION = 0x89;
    public static final int GET_POSITION = 0x90;
    public static final int SET_MULTIPLE_TARGETS = 0x9F;
    public static final int GET_ERRORS = 0xA1;
    public static final int GO_HOME = 0xA2;
    /** Largest target value, quarter-microseconds (14 bits). */
    public static final int MAX_TARGET = 0x3FFF;

    private MaestroCodec() {
    }

    /** {@code 84 ch lo7 hi7}: one channel's target, quarter-microseconds (0 = stop pulses). */
    public static int setTarget(int channel, int quarterMicros, byte[] out, int off) {
        checkTarget(quarterMicros);
        out[off] = (byte) SET_TARGET;
        out[off + 1] = (byte) channel;
        return put14(quarterMicros, out, off + 2);
    }

    /** {@code 9F count first [lo7 hi7]...}: consecutive channels from {@code firstChannel} (Mini Maestro). */
    public static int setMultipleTargets(int firstChannel, int[] quarterMicros, int count, byte[] out, int off) {
        out[off] = (byte) SET_MULTIPLE_TARGETS;
        out[off + 1] = (byte) count;
        out[off + 2] = (byte) firstChannel;
        int w = off + 3;
        for (int k = 0; k < count; k++) {
            checkTarget(quarterMicros[k]);
            w = put14(quarterMicros[k], out, w);
        }
        return w;
    }

    /** {@code 90 ch}: the reply is 2 bytes, little-endian, quarter-microseconds. */
    public static int getPosition(int channel, byte[] out, int off) {
        out[off] = (byte) GET_POSITION;
        out[off + 1] = (byte) channel;
        return off + 2;
    }

    /** {@code A1}: the reply is 2 bytes (error bits 0-7, 8-15); reading clears them. */
    public static int getErrors(byte[] out, int off) {
        out[off] = (byte) GET_ERRORS;
        return off + 1;
    }

    /**
     * Rewrites a compact command in {@code buf[off..end)} as a Pololu-protocol command for device
     * {@code device}: {@code AA dev (cmd & 0x7F) data...}. Returns the new end.
     */
    public static int toPololuProtocol(int device, byte[] buf, int off, int end) {
        System.arraycopy(buf, off + 1, buf, off + 3, end - off - 1);
        int cmd = buf[off] & 0x7F;
        buf[off] = (byte) 0xAA;
        buf[off + 1] = (byte) device;
        buf[off + 2] = (byte) cmd;
        return end + 2;
    }

    /** Appends the CRC-7 byte of {@code buf[off..end)} at {@code end}; returns {@code end + 1}. */
    public static int appendCrc7(byte[] buf, int off, int end) {
        buf[end] = (byte) crc7(buf, off, end - off);
        return end + 1;
    }

    /** CRC-7 as the Maestro computes it: poly 0x91, LSB first, init 0. */
    public static int crc7(byte[] b, int off, int len) {
        int crc = 0;
        for (int k = off; k < off + len; k++) {
            crc ^= b[k] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                if ((crc & 1) != 0) {
                    crc ^= 0x91;
                }
                crc >>= 1;
            }
        }
        return crc & 0x7F;
    }

    /** Decodes a 2-byte little-endian reply. */
    public static int reply16(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    private static int put14(int value, byte[] out, int off) {
        out[off] = (byte) (value & 0x7F);
        out[off + 1] = (byte) ((value >>> 7) & 0x7F);
        return off + 2;
    }

    private static void checkTarget(int quarterMicros) {
        if (quarterMicros < 0 || quarterMicros > MAX_TARGET) {
            throw new IllegalArgumentException("Maestro target must be in 0..16383 quarter-microseconds, got "
                    + quarterMicros);
        }
    }
}
