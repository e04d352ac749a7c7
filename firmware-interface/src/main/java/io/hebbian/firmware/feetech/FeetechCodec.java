package io.hebbian.firmware.feetech;

/**
 * Feetech SCS/STS packets (Dynamixel-1.0 framing): {@code FF FF ID LEN INST params CHK} with
 * {@code LEN = params + 2} and {@code CHK = ~(ID + LEN + INST + params) & 0xFF}. STS/SMS servos
 * store 16-bit values little-endian, SCS big-endian; velocities are sign-magnitude (bit 15).
 * Allocates nothing.
 */
public final class FeetechCodec {

    public static final int PING = 0x01;
    public static final int READ = 0x02;
    public static final int WRITE = 0x03;
    public static final int SYNC_READ = 0x82;
    public static final int SYNC_WRITE = 0x83;
    public static final int BROADCAST = 0xFE;

    private FeetechCodec() {
    }

    /**
     * Encodes one packet into {@code out} (Modified).
     *
     * @param instOrError instruction byte (or error byte for an emulator's status packet)
     * @return packet length, bytes
     */
    public static int encode(int id, int instOrError, byte[] params, int paramLen, byte[] out) {
        if (paramLen > 253 || out.length < paramLen + 6) {
            throw new IllegalArgumentException("Feetech packet too long or buffer too small: " + paramLen
                    + " params, buffer " + out.length + " bytes (max 253 params, buffer params + 6)");
        }
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFF;
        out[2] = (byte) id;
        out[3] = (byte) (paramLen + 2);
        out[4] = (byte) instOrError;
        System.arraycopy(params, 0, out, 5, paramLen);
        out[5 + paramLen] = (byte) checksum(out, 2, paramLen + 3);
        return paramLen + 6;
    }

    /** {@code ~sum & 0xFF} over {@code len} bytes from {@code off}. */
    public static int checksum(byte[] b, int off, int len) {
        int sum = 0;
        for (int k = off; k < off + len; k++) {
            sum += b[k] & 0xFF;
        }
        return ~sum & 0xFF;
    }

    /** Writes a 16-bit value; {@code bigEndian} for SCS, little-endian for STS. */
    public static void put16(byte[] dst, int off, int value, boolean bigEndian) {
        dst[off + (bigEndian ? 1 : 0)] = (byte) value;
        dst[off + (bigEndian ? 0 : 1)] = (byte) (value >>> 8);
    }

    /** Reads an unsigned 16-bit value. */
    public static int get16(byte[] src, int off, boolean bigEndian) {
        int lo = src[off + (bigEndian ? 1 : 0)] & 0xFF;
        int hi = src[off + (bigEndian ? 0 : 1)] & 0xFF;
        return lo | hi << 8;
    }

    /** Decodes sign-magnitude with the sign at {@code signBit} (15 for velocity, 11 for homing offset). */
    public static int fromSignMagnitude(int raw, int signBit) {
        int magnitude = raw & ((1 << signBit) - 1);
        return (raw & (1 << signBit)) != 0 ? -magnitude : magnitude;
    }

    /** Encodes {@code value} as sign-magnitude with the sign at {@code signBit}; magnitude is clamped. */
    public static int toSignMagnitude(int value, int signBit) {
        int max = (1 << signBit) - 1;
        int magnitude = Math.min(max, Math.abs(value));
        return value < 0 ? magnitude | 1 << signBit : magnitude;
    }
}
