package io.hebbian.firmware.emulator;

import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoUnits;
import io.hebbian.firmware.dynamixel.Crc16;
import io.hebbian.firmware.dynamixel.Dxl2Encoder;
import io.hebbian.firmware.dynamixel.Dxl2Parser;
import io.hebbian.firmware.dynamixel.Instruction;
import io.hebbian.firmware.dynamixel.XControlTable;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bus of emulated Dynamixel X servos (control table per id): PING, READ, WRITE, SYNC_WRITE,
 * SYNC_READ, FAST_SYNC_READ, REBOOT, Torque Enable, Bus Watchdog (goal becomes read-only after it
 * expires: Data Range Error), Hardware Error Status with the alert bit, EEPROM lock while torque is
 * on, Return Delay Time (default 250 = 500 us), input voltage (12.0 V) and temperature (35 C). The present
 * position jumps to the goal while torque is on (unless the servo is {@linkplain #setStuck stuck}).
 * Thread-safe (synchronized).
 */
public final class DynamixelEmulator implements EmulatedBoard {

    public static final int MODEL_XM430_W350 = 1020;
    private static final ServoUnits UNITS = Protocol.DYNAMIXEL2.defaultUnits();
    private final Map<Integer, byte[]> tables = new TreeMap<>();
    private final Map<Integer, ServoDynamics> dynamics = new TreeMap<>();
    private long nowNanos;
    private final Map<Integer, Long> lastRxNanos = new TreeMap<>();
    private final Set<Integer> silent = ConcurrentHashMap.newKeySet();
    private final Set<Integer> stuck = ConcurrentHashMap.newKeySet();
    private final Dxl2Parser parser = new Dxl2Parser(1024);
    private final byte[] out = new byte[4096];
    private final byte[] params = new byte[2048];
    private boolean corruptReplies;
    private long instructionsSeen;

    public DynamixelEmulator(int... ids) {
        for (int id : ids) {
            byte[] t = new byte[XControlTable.SIZE];
            Dxl2Encoder.putLe(t, XControlTable.MODEL_NUMBER, MODEL_XM430_W350, 2);
            t[6] = 45;
            t[XControlTable.ID] = (byte) id;
            t[XControlTable.BAUD_RATE] = 3;
            t[XControlTable.OPERATING_MODE] = 3;
            t[XControlTable.RETURN_DELAY_TIME] = (byte) 250;
            Dxl2Encoder.putLe(t, XControlTable.PRESENT_INPUT_VOLTAGE, 120, 2);
            t[XControlTable.PRESENT_TEMPERATURE] = 35;
            Dxl2Encoder.putLe(t, XControlTable.PWM_LIMIT, XControlTable.PWM_MAX, 2);
            Dxl2Encoder.putLe(t, XControlTable.GOAL_PWM, XControlTable.PWM_MAX, 2);
            Dxl2Encoder.putLe(t, XControlTable.GOAL_POSITION, 2048, 4);
            Dxl2Encoder.putLe(t, XControlTable.PRESENT_POSITION, 2048, 4);
            tables.put(id, t);
        }
    }

    @Override
    public synchronized void receive(byte[] data, int off, int len, long nowNanos, ByteArrayOutputStream replies) {
        tick(nowNanos);
        parser.feed(data, off, len);
        while (parser.next()) {
            if (parser.instruction() == Instruction.STATUS) {
                continue;
            }
            instructionsSeen++;
            for (Map.Entry<Integer, byte[]> e : tables.entrySet()) {
                if (parser.id() == e.getKey() || parser.id() == Instruction.BROADCAST) {
                    lastRxNanos.put(e.getKey(), nowNanos);
                }
            }
            handle(replies);
        }
    }

    @Override
    public synchronized void tick(long nowNanos) {
        this.nowNanos = nowNanos;
        for (Map.Entry<Integer, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            ServoDynamics d = dynamics.get(e.getKey());
            if (d != null) {
                d.advance(nowNanos, t[XControlTable.TORQUE_ENABLE] == 1 && !stuck.contains(e.getKey()));
            }
            int wd = t[XControlTable.BUS_WATCHDOG];
            Long last = lastRxNanos.get(e.getKey());
            if (wd > 0 && t[XControlTable.TORQUE_ENABLE] == 1 && last != null
                    && nowNanos - last > wd * XControlTable.BUS_WATCHDOG_UNIT_MILLIS * 1_000_000L) {
                t[XControlTable.BUS_WATCHDOG] = (byte) 0xFF;
            }
        }
    }

    private void handle(ByteArrayOutputStream replies) {
        byte[] d = parser.data();
        int n = parser.dataLength();
        int id = parser.id();
        switch (parser.instruction()) {
            case Instruction.PING -> {
                for (int sid : tables.keySet()) {
                    if (sid == id || id == Instruction.BROADCAST) {
                        byte[] t = tables.get(sid);
                        reply(replies, sid, 0, t, XControlTable.MODEL_NUMBER, 2, t[6]);
                    }
                }
            }
            case Instruction.READ -> {
                byte[] t = tables.get(id);
                if (t != null && n == 4) {
                    reply(replies, id, 0, t, u16(d, 0), u16(d, 2), -1);
                }
            }
            case Instruction.WRITE -> {
                if (tables.containsKey(id) && n >= 3) {
                    int err = write(id, u16(d, 0), d, 2, n - 2);
                    reply(replies, id, err, null, 0, 0, -1);
                }
            }
            case Instruction.SYNC_WRITE -> {
                int addr = u16(d, 0);
                int size = u16(d, 2);
                for (int p = 4; p + 1 + size <= n; p += 1 + size) {
                    if (tables.containsKey(d[p] & 0xFF)) {
                        write(d[p] & 0xFF, addr, d, p + 1, size);
                    }
                }
            }
            case Instruction.SYNC_READ -> {
                for (int p = 4; p < n; p++) {
                    byte[] t = tables.get(d[p] & 0xFF);
                    if (t != null) {
                        reply(replies, d[p] & 0xFF, 0, t, u16(d, 0), u16(d, 2), -1);
                    }
                }
            }
            case Instruction.FAST_SYNC_READ -> fastSyncRead(replies, d, n);
            case Instruction.REBOOT -> {
                byte[] t = tables.get(id);
                if (t != null) {
                    t[XControlTable.HARDWARE_ERROR_STATUS] = 0;
                    t[XControlTable.TORQUE_ENABLE] = 0;
                    t[XControlTable.BUS_WATCHDOG] = 0;
                    reply(replies, id, 0, null, 0, 0, -1);
                }
            }
            default -> {
                if (tables.containsKey(id)) {
                    reply(replies, id, 0x02, null, 0, 0, -1);
                }
            }
        }
    }

    /** Applies a write to one servo; returns the error number. */
    private int write(int id, int addr, byte[] src, int off, int len) {
        byte[] t = tables.get(id);
        if (addr < 0 || addr + len > XControlTable.SIZE) {
            return 0x07;
        }
        if (addr < XControlTable.TORQUE_ENABLE && t[XControlTable.TORQUE_ENABLE] == 1) {
            return 0x07;
        }
        boolean goal = addr <= XControlTable.GOAL_POSITION + 3 && addr + len > XControlTable.GOAL_POSITION;
        if (goal && t[XControlTable.BUS_WATCHDOG] == (byte) 0xFF) {
            return 0x04;
        }
        if (addr == XControlTable.TORQUE_ENABLE && t[XControlTable.HARDWARE_ERROR_STATUS] != 0 && src[off] == 1) {
            return 0x01;
        }
        System.arraycopy(src, off, t, addr, len);
        ServoDynamics d = dynamics.get(id);
        if (goal && d != null) {
            d.goal(Dxl2Encoder.getLeSigned(t, XControlTable.GOAL_POSITION, 4), nowNanos,
                    t[XControlTable.TORQUE_ENABLE] == 1);
        }
        return 0;
    }

    private void fastSyncRead(ByteArrayOutputStream replies, byte[] d, int n) {
        int addr = u16(d, 0);
        int size = u16(d, 2);
        int count = 0;
        for (int p = 4; p < n; p++) {
            if (tables.containsKey(d[p] & 0xFF) && !silent.contains(d[p] & 0xFF)) {
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        int length = 1 + count * (4 + size);
        byte[] pk = new byte[7 + length];
        pk[0] = (byte) 0xFF;
        pk[1] = (byte) 0xFF;
        pk[2] = (byte) 0xFD;
        pk[4] = (byte) Instruction.BROADCAST;
        pk[5] = (byte) length;
        pk[6] = (byte) (length >>> 8);
        pk[7] = (byte) Instruction.STATUS;
        int w = 8;
        for (int p = 4; p < n; p++) {
            int sid = d[p] & 0xFF;
            byte[] t = tables.get(sid);
            if (t == null || silent.contains(sid)) {
                continue;
            }
            settle(sid, t);
            pk[w++] = (byte) errorByte(t, 0);
            pk[w++] = (byte) sid;
            System.arraycopy(t, addr, pk, w, size);
            w += size;
            int crc = Crc16.of(pk, 0, w);
            pk[w++] = (byte) crc;
            pk[w++] = (byte) (crc >>> 8);
        }
        emit(replies, pk, pk.length);
    }

    private void reply(ByteArrayOutputStream replies, int id, int err, byte[] t, int addr, int size, int extra) {
        if (silent.contains(id)) {
            return;
        }
        byte[] own = tables.get(id);
        if (own != null) {
            settle(id, own);
        }
        int p = 0;
        params[p++] = (byte) errorByte(own, err);
        if (t != null) {
            System.arraycopy(t, addr, params, p, size);
            p += size;
        }
        if (extra >= 0) {
            params[p++] = (byte) extra;
        }
        emit(replies, out, Dxl2Encoder.encode(id, Instruction.STATUS, params, p, out));
    }

    private void emit(ByteArrayOutputStream replies, byte[] pk, int len) {
        if (corruptReplies) {
            pk = pk.clone();
            pk[len / 2] ^= 0x5A;
        }
        replies.write(pk, 0, len);
    }

    private static int errorByte(byte[] t, int err) {
        return err | (t != null && t[XControlTable.HARDWARE_ERROR_STATUS] != 0 ? 0x80 : 0);
    }

    /** Present position follows the goal while torque is on: at once, or through the servo's dynamics. */
    private void settle(int id, byte[] t) {
        ServoDynamics d = dynamics.get(id);
        if (d != null) {
            Dxl2Encoder.putLe(t, XControlTable.PRESENT_POSITION, d.presentUnits(), 4);
            Dxl2Encoder.putLe(t, XControlTable.PRESENT_VELOCITY,
                    (int) Math.round(d.velocityRadPerSec() / UNITS.radPerSecPerVelocityUnit()), 4);
        } else if (t[XControlTable.TORQUE_ENABLE] == 1 && !stuck.contains(id)) {
            System.arraycopy(t, XControlTable.GOAL_POSITION, t, XControlTable.PRESENT_POSITION, 4);
        }
    }

    private static int u16(byte[] d, int off) {
        return (d[off] & 0xFF) | (d[off + 1] & 0xFF) << 8;
    }

    // ---- test controls and observations ----

    public synchronized boolean torque(int id) {
        return tables.get(id)[XControlTable.TORQUE_ENABLE] == 1;
    }

    public synchronized int read(int id, int addr, int bytes) {
        return Dxl2Encoder.getLeSigned(tables.get(id), addr, bytes);
    }

    public synchronized void poke(int id, int addr, int value, int bytes) {
        Dxl2Encoder.putLe(tables.get(id), addr, value, bytes);
        ServoDynamics d = dynamics.get(id);
        if (d != null && addr == XControlTable.PRESENT_POSITION) {
            d.place(value);
        }
    }

    /**
     * Gives every servo a shaft with known dynamics (instead of jumping to the goal): a goal acts after
     * {@code deadTimeSeconds}, then the shaft moves at {@code clamp(error / timeConstantSeconds,
     * ±maxVelocityRadPerSec)} and stops within {@code deadbandRad} of the goal, from where it is now.
     */
    public synchronized void setDynamics(double deadTimeSeconds, double timeConstantSeconds,
                                         double maxVelocityRadPerSec, double deadbandRad) {
        ServoDynamics.Params p = new ServoDynamics.Params(deadTimeSeconds, timeConstantSeconds, maxVelocityRadPerSec,
                deadbandRad);
        for (Map.Entry<Integer, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            ServoDynamics d = new ServoDynamics(p, UNITS.unitsPerRad(),
                    Dxl2Encoder.getLeSigned(t, XControlTable.PRESENT_POSITION, 4));
            d.goal(Dxl2Encoder.getLeSigned(t, XControlTable.GOAL_POSITION, 4), nowNanos,
                    t[XControlTable.TORQUE_ENABLE] == 1);
            dynamics.put(e.getKey(), d);
        }
    }

    /** Latches a hardware error (alert bit in every reply, torque off) until REBOOT. */
    public synchronized void hardwareError(int id, int bits) {
        tables.get(id)[XControlTable.HARDWARE_ERROR_STATUS] = (byte) bits;
        tables.get(id)[XControlTable.TORQUE_ENABLE] = 0;
    }

    /** A silent servo never replies (unplugged cable, wrong baud). */
    public void setSilent(int id, boolean s) {
        if (s) {
            silent.add(id);
        } else {
            silent.remove(id);
        }
    }

    /** A stuck servo keeps its present position whatever the goal (jammed joint, blocked leg). */
    public void setStuck(int id, boolean s) {
        if (s) {
            stuck.add(id);
        } else {
            stuck.remove(id);
        }
    }

    public synchronized void setCorruptReplies(boolean c) {
        corruptReplies = c;
    }

    public synchronized long instructionsSeen() {
        return instructionsSeen;
    }

    public synchronized boolean watchdogExpired(int id) {
        return tables.get(id)[XControlTable.BUS_WATCHDOG] == (byte) 0xFF;
    }
}
