package io.hebbian.firmware.dynamixel;

/**
 * Builds Dynamixel Protocol 2.0 instruction (or status) packets into a caller-owned buffer, with
 * byte stuffing ({@code FF FF FD} -> {@code FF FF FD FD}) and CRC. Allocates nothing.
 */
public final class Dxl2Encoder {

    private Dxl2Encoder() {
    }

    /** Largest packet for {@code paramLen} parameters (worst-case stuffing) plus header and CRC. */
    public static int maxPacketLength(int paramLen) {
        return 10 + paramLen + paramLen / 3 + 2;
    }

    /**
     * Encodes one packet.
     *
     * @param id          servo id or {@link Instruction#BROADCAST}
     * @param instruction instruction byte ({@link Instruction#STATUS} for emulator replies)
     * @param params      parameter bytes (Not modified); for a status packet the error byte first
     * @param paramLen    number of parameter bytes used
     * @param out         receives the packet (Modified); at least {@link #maxPacketLength(int)} long
     * @return packet length in bytes
     */
    public static int encode(int id, int instruction, byte[] params, int paramLen, byte[] out) {
        if (out.length < maxPacketLength(paramLen)) {
            throw new IllegalArgumentException("output buffer too small: need " + maxPacketLength(paramLen)
                    + " bytes for " + paramLen + " params, got " + out.length);
        }
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFF;
        out[2] = (byte) 0xFD;
        out[3] = 0;
        out[4] = (byte) id;
        out[7] = (byte) instruction;
        int w = 8;
        for (int k = 0; k < paramLen; k++) {
            out[w++] = params[k];
            if (params[k] == (byte) 0xFD && w - 3 >= 7 && out[w - 2] == (byte) 0xFF && out[w - 3] == (byte) 0xFF) {
                out[w++] = (byte) 0xFD;
            }
        }
        int length = w - 7 + 2;
        out[5] = (byte) length;
        out[6] = (byte) (length >>> 8);
        int crc = Crc16.of(out, 0, w);
        out[w++] = (byte) crc;
        out[w++] = (byte) (crc >>> 8);
        return w;
    }

    /** Encodes a packet without stuffing (FAST_SYNC_READ replies are not stuffed). */
    public static int encodeUnstuffed(int id, int instruction, byte[] params, int paramLen, byte[] out) {
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFF;
        out[2] = (byte) 0xFD;
        out[3] = 0;
        out[4] = (byte) id;
        int length = paramLen + 3;
        out[5] = (byte) length;
        out[6] = (byte) (length >>> 8);
        out[7] = (byte) instruction;
        System.arraycopy(params, 0, out, 8, paramLen);
        int w = 8 + paramLen;
        int crc = Crc16.of(out, 0, w);
        out[w++] = (byte) crc;
        out[w++] = (byte) (crc >>> 8);
        return w;
    }

    /** Writes {@code value} little-endian into {@code dst[off..off+bytes)}. */
    public static void putLe(byte[] dst, int off, long value, int bytes) {
        for (int k = 0; k < bytes; k++) {
            dst[off + k] = (byte) (value >>> (8 * k));
        }
    }

    /** Reads a little-endian signed value of {@code bytes} (1, 2 or 4) bytes. */
    public static int getLeSigned(byte[] src, int off, int bytes) {
        int v = 0;
        for (int k = bytes - 1; k >= 0; k--) {
            v = (v << 8) | (src[off + k] & 0xFF);
        }
        int shift = 32 - 8 * bytes;
        return (v << shift) >> shift;
    }
}
