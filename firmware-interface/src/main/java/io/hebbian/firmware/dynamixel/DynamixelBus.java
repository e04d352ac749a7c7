package io.hebbian.firmware.dynamixel;

import static io.hebbian.firmware.dynamixel.Dxl2Encoder.getLeSigned;
import static io.hebbian.firmware.dynamixel.Dxl2Encoder.putLe;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusCounters;
import io.hebbian.firmware.bus.BusFault;
import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.SerialBusBase;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.bus.ServoTelemetry;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.transport.SerialLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Dynamixel Protocol 2.0 (X series) bus: SYNC_WRITE of goal positions, SYNC_READ or
 * FAST_SYNC_READ of present velocity+position (addresses 128..135), Torque Enable, Bus Watchdog,
 * Goal PWM (strength), PING, REBOOT. {@link #writePositions} and {@link #readState} allocate nothing.
 */
public final class DynamixelBus extends SerialBusBase {

    private static final int STATE_BYTES = 8;
    /** Bytes from Hardware Error Status (70) through Bus Watchdog (98): one SYNC_READ covers both. */
    private static final int FAULT_SPAN = XControlTable.BUS_WATCHDOG - XControlTable.HARDWARE_ERROR_STATUS + 1;
    private final Dxl2Parser parser = new Dxl2Parser(1024);
    private final byte[] params;
    private final byte[] tx;
    private final boolean[] got;
    private int lastAlertId = -1;

    public DynamixelBus(SerialLink link, ServoConfig config, LongSupplier nanoClock) {
        super(link, config, nanoClock);
        int n = mapping.size();
        params = new byte[4 + n * (1 + 4) + 16];
        tx = new byte[Dxl2Encoder.maxPacketLength(params.length)];
        got = new boolean[n];
    }

    @Override
    protected void feedParser(byte[] src, int off, int len) {
        parser.feed(src, off, len);
    }

    @Override
    public void setTorque(boolean on) throws ServoException {
        syncWrite(XControlTable.TORQUE_ENABLE, 1, on ? 1 : 0);
    }

    @Override
    public void setTorque(int joint, boolean on) throws ServoException {
        writeChecked(mapping.id(checkJoint(joint)), XControlTable.TORQUE_ENABLE, on ? 1 : 0, 1);
    }

    @Override
    public void writePositions(double[] targetRad) throws ServoException {
        mapping.checkLength(targetRad);
        int p = syncHeader(XControlTable.GOAL_POSITION, 4);
        for (int k = 0; k < mapping.size(); k++) {
            params[p++] = (byte) mapping.id(k);
            putLe(params, p, mapping.toRaw(k, targetRad[k]), 4);
            p += 4;
        }
        sendPacket(Instruction.BROADCAST, Instruction.SYNC_WRITE, p);
    }

    @Override
    public boolean readState(JointStateSample out) throws ServoException {
        int n = mapping.size();
        int p = syncHeader(XControlTable.PRESENT_VELOCITY, STATE_BYTES);
        for (int k = 0; k < n; k++) {
            params[p++] = (byte) mapping.id(k);
            got[k] = false;
        }
        int inst = config.fastSyncRead() ? Instruction.FAST_SYNC_READ : Instruction.SYNC_READ;
        sendPacket(Instruction.BROADCAST, inst, p);
        long deadline = deadline();
        int remaining = n;
        while (remaining > 0) {
            if (!parser.next()) {
                if (!poll(deadline)) {
                    counters.timeouts++;
                    countMissing(got);
                    return false;
                }
                continue;
            }
            if (parser.instruction() != Instruction.STATUS) {
                continue;
            }
            remaining -= parser.id() == Instruction.BROADCAST ? takeFastSync(out) : takeOne(out);
            if (remaining < 0) {
                return false;
            }
        }
        out.stampNanos = clock.getAsLong();
        return true;
    }

    /** One SYNC_READ status: returns 1 if it was a wanted, valid reply, else 0. */
    private int takeOne(JointStateSample out) {
        int k = mapping.indexOfId(parser.id());
        if (k < 0 || got[k] || parser.dataLength() != 1 + STATE_BYTES || !statusOk(parser.error(), parser.id())) {
            counters.framingErrors++;
            return 0;
        }
        store(out, k, parser.data(), 1);
        got[k] = true;
        return 1;
    }

    /** One FAST_SYNC_READ status carrying every servo: returns the count taken, or -1 if malformed. */
    private int takeFastSync(JointStateSample out) {
        byte[] d = parser.data();
        int stride = 2 + STATE_BYTES + 2;
        int count = (parser.dataLength() + 2) / stride;
        if ((parser.dataLength() + 2) % stride != 0) {
            counters.framingErrors++;
            return -1;
        }
        int taken = 0;
        for (int s = 0; s < count; s++) {
            int base = s * stride;
            int id = d[base + 1] & 0xFF;
            int k = mapping.indexOfId(id);
            if (k < 0 || got[k] || !statusOk(d[base] & 0xFF, id)) {
                counters.framingErrors++;
                return -1;
            }
            store(out, k, d, base + 2);
            got[k] = true;
            taken++;
        }
        return taken;
    }

    private void store(JointStateSample out, int k, byte[] d, int off) {
        out.velocityRadPerSec[k] = mapping.velocityToRad(k, getLeSigned(d, off, 4));
        out.positionRad[k] = mapping.toRad(k, getLeSigned(d, off + 4, 4));
    }

    private boolean statusOk(int error, int id) {
        if (Dxl2Errors.alert(error)) {
            counters.alerts++;
            lastAlertId = id;
            countError(id);
        }
        if (Dxl2Errors.number(error) != 0) {
            counters.statusErrors++;
            if (!Dxl2Errors.alert(error)) {
                countError(id);
            }
            return false;
        }
        return true;
    }

    @Override
    public PingResult ping(int id) throws ServoException {
        sendPacket(id, Instruction.PING, 0);
        if (!awaitStatus(id) || parser.dataLength() < 4) {
            return null;
        }
        byte[] d = parser.data();
        return new PingResult(id, (d[1] & 0xFF) | (d[2] & 0xFF) << 8, d[3] & 0xFF);
    }

    @Override
    public List<PingResult> scan(List<Integer> ids) throws ServoException {
        List<PingResult> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (int id : ids) {
                PingResult r = ping(id);
                if (r != null) {
                    found.add(r);
                }
            }
            return found;
        }
        sendPacket(Instruction.BROADCAST, Instruction.PING, 0);
        long deadline = clock.getAsLong() + Math.max(timeoutNanos, 100_000_000L);
        while (parser.next() || poll(deadline)) {
            if (parser.instruction() == Instruction.STATUS && parser.dataLength() >= 4) {
                byte[] d = parser.data();
                found.add(new PingResult(parser.id(), (d[1] & 0xFF) | (d[2] & 0xFF) << 8, d[3] & 0xFF));
            }
        }
        return found;
    }

    @Override
    public boolean setHardwareWatchdog(int timeoutMillis) throws ServoException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("watchdog timeout must be >= 0 ms, got " + timeoutMillis);
        }
        int units = timeoutMillis == 0 ? 0
                : Math.min(127, Math.max(1, (timeoutMillis + XControlTable.BUS_WATCHDOG_UNIT_MILLIS - 1)
                        / XControlTable.BUS_WATCHDOG_UNIT_MILLIS));
        for (int k = 0; k < mapping.size(); k++) {
            writeChecked(mapping.id(k), XControlTable.BUS_WATCHDOG, 0, 1);
            if (units > 0) {
                writeChecked(mapping.id(k), XControlTable.BUS_WATCHDOG, units, 1);
            }
        }
        return true;
    }

    @Override
    public boolean setStrength(int joint, double fraction) throws ServoException {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("strength must be in [0, 1], got " + fraction);
        }
        int pwm = (int) Math.round(fraction * XControlTable.PWM_MAX);
        writeChecked(mapping.id(checkJoint(joint)), XControlTable.GOAL_PWM, pwm, 2);
        return true;
    }

    /**
     * One SYNC_READ of addresses 70..98 of every servo: Hardware Error Status (70) non-zero or Bus
     * Watchdog (98) reading -1 is a fault. A servo that does not answer is counted as a timeout, not
     * reported here ({@link #readState} reports it). Allocates only when a fault is found.
     */
    @Override
    public List<BusFault> readFaults() throws ServoException {
        int n = mapping.size();
        int p = syncHeader(XControlTable.HARDWARE_ERROR_STATUS, FAULT_SPAN);
        for (int k = 0; k < n; k++) {
            params[p++] = (byte) mapping.id(k);
            got[k] = false;
        }
        sendPacket(Instruction.BROADCAST, Instruction.SYNC_READ, p, 4 + FAULT_SPAN);
        long deadline = deadline();
        List<BusFault> faults = null;
        int remaining = n;
        while (remaining > 0) {
            if (!parser.next()) {
                if (!poll(deadline)) {
                    counters.timeouts++;
                    countMissing(got);
                    break;
                }
                continue;
            }
            int k = mapping.indexOfId(parser.id());
            if (parser.instruction() != Instruction.STATUS || k < 0 || got[k]
                    || parser.dataLength() != 1 + FAULT_SPAN || !statusOk(parser.error(), parser.id())) {
                counters.framingErrors++;
                continue;
            }
            got[k] = true;
            remaining--;
            byte[] d = parser.data();
            int hardware = d[1] & 0xFF;
            boolean watchdog = d[1 + FAULT_SPAN - 1] == (byte) 0xFF;
            if (hardware != 0 || watchdog) {
                if (faults == null) {
                    faults = new ArrayList<>();
                }
                faults.add(new BusFault(parser.id(), hardware, watchdog, describeFault(parser.id(), hardware, watchdog)));
            }
        }
        return faults == null ? List.of() : List.copyOf(faults);
    }

    /** Return Delay Time (address 9) of every servo, one SYNC_READ. */
    @Override
    public Optional<int[]> readReturnDelayMicros() throws ServoException {
        int n = mapping.size();
        byte[] raw = new byte[n];
        syncReadSpan(XControlTable.RETURN_DELAY_TIME, 1, raw);
        int[] micros = new int[n];
        for (int k = 0; k < n; k++) {
            micros[k] = got[k] ? (raw[k] & 0xFF) * XControlTable.RETURN_DELAY_UNIT_MICROS : -1;
        }
        return Optional.of(micros);
    }

    /** Present Input Voltage and Present Temperature (addresses 144..146) of every servo, one SYNC_READ. */
    @Override
    public List<ServoTelemetry> readTelemetry() throws ServoException {
        int n = mapping.size();
        byte[] raw = new byte[n * 3];
        syncReadSpan(XControlTable.PRESENT_INPUT_VOLTAGE, 3, raw);
        List<ServoTelemetry> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(got[k]
                    ? new ServoTelemetry(mapping.id(k), raw[k * 3 + 2] & 0xFF, ((raw[k * 3] & 0xFF) | (raw[k * 3 + 1] & 0xFF) << 8) / 10.0)
                    : new ServoTelemetry(mapping.id(k), Double.NaN, Double.NaN));
        }
        return List.copyOf(out);
    }

    /**
     * One SYNC_READ of {@code size} bytes at {@code address} of every servo into {@code out} (Modified,
     * {@code size} bytes per joint in configuration order); {@link #got} says which servos answered.
     */
    private void syncReadSpan(int address, int size, byte[] out) throws ServoException {
        int n = mapping.size();
        int p = syncHeader(address, size);
        for (int k = 0; k < n; k++) {
            params[p++] = (byte) mapping.id(k);
            got[k] = false;
        }
        sendPacket(Instruction.BROADCAST, Instruction.SYNC_READ, p, 4 + size);
        long deadline = deadline();
        int remaining = n;
        while (remaining > 0) {
            if (!parser.next()) {
                if (!poll(deadline)) {
                    counters.timeouts++;
                    countMissing(got);
                    return;
                }
                continue;
            }
            int k = mapping.indexOfId(parser.id());
            if (parser.instruction() != Instruction.STATUS || k < 0 || got[k]
                    || parser.dataLength() != 1 + size || !statusOk(parser.error(), parser.id())) {
                counters.framingErrors++;
                continue;
            }
            System.arraycopy(parser.data(), 1, out, k * size, size);
            got[k] = true;
            remaining--;
        }
    }

    private static String describeFault(int id, int hardware, boolean watchdog) {
        StringBuilder b = new StringBuilder("servo ").append(id).append(':');
        if (hardware != 0) {
            b.append(" hardware error (").append(Dxl2Errors.describeHardware(hardware))
                    .append(String.format(", status 0x%02X): torque is off until REBOOT", hardware));
        }
        if (watchdog) {
            b.append(hardware != 0 ? ";" : "").append(" bus watchdog expired: goal writes are refused until it is re-armed");
        }
        return b.toString();
    }

    @Override
    public boolean reboot(int id) throws ServoException {
        sendPacket(id, Instruction.REBOOT, 0);
        if (!awaitStatus(id)) {
            throw new ServoException("servo " + id + " did not acknowledge REBOOT: check id and wiring");
        }
        return true;
    }

    /** Id of the last servo whose status had the alert bit set, or -1. */
    public int lastAlertId() {
        return lastAlertId;
    }

    @Override
    public BusCounters counters() {
        return counters.snapshot(parser.crcErrors(), parser.framingErrors(), parser.discardedBytes());
    }

    /** WRITE with a status reply; throws with the decoded error if the servo refuses or is silent. */
    public void writeChecked(int id, int address, int value, int bytes) throws ServoException {
        putLe(params, 0, address, 2);
        putLe(params, 2, value, bytes);
        sendPacket(id, Instruction.WRITE, 2 + bytes);
        if (!awaitStatus(id)) {
            throw new ServoException("servo " + id + " did not answer a write to address " + address
                    + ": check its id, baud rate and power");
        }
        int err = parser.error();
        if (Dxl2Errors.number(err) != 0) {
            throw new ServoException("servo " + id + " refused writing " + value + " to address " + address + ": "
                    + Dxl2Errors.describe(err));
        }
    }

    private void syncWrite(int address, int bytes, int value) throws ServoException {
        int p = syncHeader(address, bytes);
        for (int k = 0; k < mapping.size(); k++) {
            params[p++] = (byte) mapping.id(k);
            putLe(params, p, value, bytes);
            p += bytes;
        }
        sendPacket(Instruction.BROADCAST, Instruction.SYNC_WRITE, p);
    }

    private int syncHeader(int address, int bytes) {
        putLe(params, 0, address, 2);
        putLe(params, 2, bytes, 2);
        return 4;
    }

    private void sendPacket(int id, int instruction, int paramLen) throws ServoException {
        sendPacket(id, instruction, paramLen, switch (instruction) {
            case Instruction.FAST_SYNC_READ -> 1 + mapping.size() * (4 + STATE_BYTES);
            case Instruction.SYNC_READ -> 4 + STATE_BYTES;
            case Instruction.PING -> 7;
            default -> 4;
        });
    }

    /** @param maxStatusLength largest length field of an acceptable reply, bytes */
    private void sendPacket(int id, int instruction, int paramLen, int maxStatusLength) throws ServoException {
        parser.clear();
        parser.setMaxLength(maxStatusLength);
        int len = Dxl2Encoder.encode(id, instruction, params, paramLen, tx);
        send(tx, len);
    }

    private boolean awaitStatus(int id) throws ServoException {
        long deadline = deadline();
        while (true) {
            while (parser.next()) {
                if (parser.instruction() == Instruction.STATUS && parser.id() == id) {
                    statusOk(parser.error(), id);
                    return true;
                }
                counters.framingErrors++;
            }
            if (!poll(deadline)) {
                counters.timeouts++;
                countError(id);
                return false;
            }
        }
    }
}
