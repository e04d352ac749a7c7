package io.hebbian.firmware.emulator;

import io.hebbian.firmware.feetech.FeetechCodec;
import io.hebbian.firmware.feetech.FeetechParser;
import io.hebbian.firmware.feetech.StsControlTable;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Emulated Feetech STS (or SCS, big-endian) servos: PING, READ, WRITE, SYNC_WRITE, SYNC_READ;
 * present position follows the goal while torque is on; present velocity is settable
 * (sign-magnitude). Thread-safe (synchronized).
 */
public final class FeetechEmulator implements EmulatedBoard {

    private final Map<Integer, byte[]> tables = new TreeMap<>();
    private final FeetechParser parser = new FeetechParser();
    private final boolean bigEndian;
    private final byte[] out = new byte[300];
    private final byte[] params = new byte[256];

    public FeetechEmulator(boolean bigEndian, int... ids) {
        this.bigEndian = bigEndian;
        for (int id : ids) {
            byte[] t = new byte[StsControlTable.SIZE];
            FeetechCodec.put16(t, StsControlTable.MODEL_NUMBER, StsControlTable.MODEL_STS3215, bigEndian);
            t[StsControlTable.ID] = (byte) id;
            int mid = bigEndian ? 512 : 2048;
            FeetechCodec.put16(t, StsControlTable.GOAL_POSITION, mid, bigEndian);
            FeetechCodec.put16(t, StsControlTable.PRESENT_POSITION, mid, bigEndian);
            FeetechCodec.put16(t, StsControlTable.TORQUE_LIMIT, StsControlTable.TORQUE_LIMIT_MAX, bigEndian);
            t[StsControlTable.PRESENT_VOLTAGE] = 74;
            t[StsControlTable.PRESENT_TEMPERATURE] = 31;
            tables.put(id, t);
        }
    }

    @Override
    public synchronized void receive(byte[] data, int off, int len, long nowNanos, ByteArrayOutputStream replies) {
        parser.feed(data, off, len);
        while (parser.next()) {
            byte[] d = parser.data();
            int n = parser.dataLength();
            int id = parser.id();
            byte[] t = tables.get(id);
            switch (parser.instructionOrError()) {
                case FeetechCodec.PING -> reply(replies, id, t, 0, 0);
                case FeetechCodec.READ -> reply(replies, id, t, d[0] & 0xFF, n > 1 ? d[1] & 0xFF : 0);
                case FeetechCodec.WRITE -> {
                    if (t != null) {
                        System.arraycopy(d, 1, t, d[0] & 0xFF, n - 1);
                        reply(replies, id, t, 0, 0);
                    }
                }
                case FeetechCodec.SYNC_WRITE -> {
                    int addr = d[0] & 0xFF;
                    int size = d[1] & 0xFF;
                    for (int p = 2; p + 1 + size <= n; p += 1 + size) {
                        byte[] s = tables.get(d[p] & 0xFF);
                        if (s != null) {
                            System.arraycopy(d, p + 1, s, addr, size);
                        }
                    }
                }
                case FeetechCodec.SYNC_READ -> {
                    for (int p = 2; p < n; p++) {
                        reply(replies, d[p] & 0xFF, tables.get(d[p] & 0xFF), d[0] & 0xFF, d[1] & 0xFF);
                    }
                }
                default -> {
                    // requests only; replies from other devices are ignored
                }
            }
        }
    }

    private void reply(ByteArrayOutputStream replies, int id, byte[] t, int addr, int size) {
        if (t == null) {
            return;
        }
        if (t[StsControlTable.TORQUE_ENABLE] == 1) {
            System.arraycopy(t, StsControlTable.GOAL_POSITION, t, StsControlTable.PRESENT_POSITION, 2);
        }
        System.arraycopy(t, addr, params, 0, size);
        replies.write(out, 0, FeetechCodec.encode(id, 0, params, size, out));
    }

    public synchronized boolean torque(int id) {
        return tables.get(id)[StsControlTable.TORQUE_ENABLE] == 1;
    }

    public synchronized int read16(int id, int addr) {
        return FeetechCodec.get16(tables.get(id), addr, bigEndian);
    }

    /** Sets the present velocity, steps/s (signed; stored sign-magnitude). */
    public synchronized void setVelocity(int id, int stepsPerSecond) {
        FeetechCodec.put16(tables.get(id), StsControlTable.PRESENT_VELOCITY,
                FeetechCodec.toSignMagnitude(stepsPerSecond, 15), bigEndian);
    }
}
