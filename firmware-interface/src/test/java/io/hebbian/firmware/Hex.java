package io.hebbian.firmware;

/** Hex helpers for tests. */
public final class Hex {
    private Hex() {
    }

    /** "FF FF FD 00" -> bytes. */
    public static byte[] bytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int k = 0; k < parts.length; k++) {
            b[k] = (byte) Integer.parseInt(parts[k], 16);
        }
        return b;
    }

    public static String of(byte[] b, int len) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < len; k++) {
            s.append(k == 0 ? "" : " ").append(String.format("%02X", b[k] & 0xFF));
        }
        return s.toString();
    }
}
