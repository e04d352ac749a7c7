package io.hebbian.firmware.emulator;

import io.hebbian.firmware.maestro.MaestroCodec;
import java.io.ByteArrayOutputStream;

/**
 * An emulated Mini Maestro (24 channels), compact protocol without CRC: Set Target, Set Multiple
 * Targets, Get Position (reports the target at once), Get Errors. Unknown command bytes set the
 * protocol error bit (4) like the real board. Thread-safe (synchronized).
 */
public final class MaestroEmulator implements EmulatedBoard {

    private final int[] target = new int[24];
    private final byte[] pending = new byte[512];
    private int size;
    private int errors;

    @Override
    public synchronized void receive(byte[] data, int off, int len, long nowNanos, ByteArrayOutputStream replies) {
        System.arraycopy(data, off, pending, size, len);
        size += len;
        int r = 0;
        while (r < size) {
            int used = command(r, replies);
            if (used == 0) {
                break;
            }
            r += used;
        }
        System.arraycopy(pending, r, pending, 0, size - r);
        size -= r;
    }

    /** Executes the command at {@code r}; returns bytes used, 0 if incomplete. */
    private int command(int r, ByteArrayOutputStream replies) {
        int avail = size - r;
        int cmd = pending[r] & 0xFF;
        switch (cmd) {
            case MaestroCodec.SET_TARGET -> {
                if (avail < 4) {
                    return 0;
                }
                target[pending[r + 1] % 24] = (pending[r + 2] & 0x7F) | (pending[r + 3] & 0x7F) << 7;
                return 4;
            }
            case MaestroCodec.SET_MULTIPLE_TARGETS -> {
                if (avail < 3 || avail < 3 + 2 * pending[r + 1]) {
                    return 0;
                }
                int count = pending[r + 1];
                for (int k = 0; k < count; k++) {
                    target[(pending[r + 2] + k) % 24] = (pending[r + 3 + 2 * k] & 0x7F)
                            | (pending[r + 4 + 2 * k] & 0x7F) << 7;
                }
                return 3 + 2 * count;
            }
            case MaestroCodec.GET_POSITION -> {
                if (avail < 2) {
                    return 0;
                }
                int v = target[pending[r + 1] % 24];
                replies.write(v & 0xFF);
                replies.write(v >>> 8);
                return 2;
            }
            case MaestroCodec.GET_ERRORS -> {
                replies.write(errors & 0xFF);
                replies.write(errors >>> 8);
                errors = 0;
                return 1;
            }
            default -> {
                errors |= 1 << 4;
                return 1;
            }
        }
    }

    /** Target of a channel, quarter-microseconds (0 = no pulses). */
    public synchronized int target(int channel) {
        return target[channel];
    }
}
