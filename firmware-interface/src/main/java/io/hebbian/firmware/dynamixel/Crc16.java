package io.hebbian.firmware.dynamixel;

/** CRC-16/BUYPASS (poly 0x8005, init 0, not reflected, no xor-out), as used by Dynamixel Protocol 2.0. */
public final class Crc16 {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x8005 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
    }

    private Crc16() {
    }

    /** Continues {@code crc} over {@code len} bytes of {@code data} (Not modified). */
    public static int update(int crc, byte[] data, int off, int len) {
        int c = crc;
        for (int k = off; k < off + len; k++) {
            c = ((c << 8) ^ TABLE[((c >>> 8) ^ data[k]) & 0xFF]) & 0xFFFF;
        }
        return c;
    }

    /** CRC of {@code len} bytes starting at {@code off}. */
    public static int of(byte[] data, int off, int len) {
        return update(0, data, off, len);
    }
}
