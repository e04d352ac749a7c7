package io.hebbian.firmware.feetech;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusCounters;
import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.SerialBusBase;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.bus.ServoTelemetry;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.transport.SerialLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Feetech STS (little-endian) or SCS (big-endian) bus: SYNC_WRITE goal positions, SYNC_READ
 * present position+velocity (56..59), Torque Enable, Torque Limit (strength), PING. No bus
 * watchdog and no reboot instruction. {@link #writePositions} and {@link #readState} allocate nothing.
 */
public final class FeetechBus extends SerialBusBase {

    private final FeetechParser parser = new FeetechParser();
    private final boolean bigEndian;
    private final int maxRaw;
    private final byte[] params = new byte[256];
    private final byte[] tx = new byte[262];
    private final boolean[] got;

    public FeetechBus(SerialLink link, ServoConfig config, LongSupplier nanoClock) {
        super(link, config, nanoClock);
        bigEndian = config.protocol() == Protocol.FEETECH_SCS;
        maxRaw = bigEndian ? 1023 : 4095;
        if (2 + 3 * mapping.size() > 253) {
            throw new IllegalArgumentException("too many joints for one Feetech sync write: " + mapping.size() + " (max 83)");
        }
        got = new boolean[mapping.size()];
    }

    @Override
    protected void feedParser(byte[] src, int off, int len) {
        parser.feed(src, off, len);
    }

    @Override
    public void setTorque(boolean on) throws ServoException {
        int p = 0;
        params[p++] = (byte) StsControlTable.TORQUE_ENABLE;
        params[p++] = 1;
        for (int k = 0; k < mapping.size(); k++) {
            params[p++] = (byte) mapping.id(k);
            params[p++] = (byte) (on ? 1 : 0);
        }
        sendPacket(FeetechCodec.BROADCAST, FeetechCodec.SYNC_WRITE, p);
    }

    @Override
    public void setTorque(int joint, boolean on) throws ServoException {
        params[0] = (byte) StsControlTable.TORQUE_ENABLE;
        params[1] = (byte) (on ? 1 : 0);
        writeChecked(mapping.id(checkJoint(joint)), 2);
    }

    @Override
    public void writePositions(double[] targetRad) throws ServoException {
        mapping.checkLength(targetRad);
        int p = 0;
        params[p++] = (byte) StsControlTable.GOAL_POSITION;
        params[p++] = 2;
        for (int k = 0; k < mapping.size(); k++) {
            params[p++] = (byte) mapping.id(k);
            long raw = Math.max(0, Math.min(maxRaw, mapping.toRaw(k, targetRad[k])));
            FeetechCodec.put16(params, p, (int) raw, bigEndian);
            p += 2;
        }
        sendPacket(FeetechCodec.BROADCAST, FeetechCodec.SYNC_WRITE, p);
    }

    @Override
    public boolean readState(JointStateSample out) throws ServoException {
        int n = mapping.size();
        int p = 0;
        params[p++] = (byte) StsControlTable.PRESENT_POSITION;
        params[p++] = 4;
        for (int k = 0; k < n; k++) {
            params[p++] = (byte) mapping.id(k);
            got[k] = false;
        }
        sendPacket(FeetechCodec.BROADCAST, FeetechCodec.SYNC_READ, p);
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
            int k = mapping.indexOfId(parser.id());
            if (k < 0 || got[k] || parser.dataLength() != 4) {
                counters.framingErrors++;
                continue;
            }
            checkError(parser.instructionOrError(), parser.id());
            byte[] d = parser.data();
            out.positionRad[k] = mapping.toRad(k, FeetechCodec.get16(d, 0, bigEndian));
            int v = FeetechCodec.fromSignMagnitude(FeetechCodec.get16(d, 2, bigEndian), 15);
            out.velocityRadPerSec[k] = mapping.velocityToRad(k, v);
            got[k] = true;
            remaining--;
        }
        out.stampNanos = clock.getAsLong();
        return true;
    }

    @Override
    public PingResult ping(int id) throws ServoException {
        sendPacket(id, FeetechCodec.PING, 0);
        if (!awaitStatus(id)) {
            return null;
        }
        params[0] = (byte) StsControlTable.MODEL_NUMBER;
        params[1] = 2;
        sendPacket(id, FeetechCodec.READ, 2);
        int model = awaitStatus(id) && parser.dataLength() == 2 ? FeetechCodec.get16(parser.data(), 0, bigEndian) : -1;
        return new PingResult(id, model, -1);
    }

    @Override
    public List<PingResult> scan(List<Integer> ids) throws ServoException {
        List<PingResult> found = new ArrayList<>();
        List<Integer> range = ids;
        if (range.isEmpty()) {
            range = new ArrayList<>();
            for (int id = 0; id <= 253; id++) {
                range.add(id);
            }
        }
        for (int id : range) {
            PingResult r = ping(id);
            if (r != null) {
                found.add(r);
            }
        }
        return found;
    }

    /** Return delay (address 7) of every servo, one READ each. */
    @Override
    public Optional<int[]> readReturnDelayMicros() throws ServoException {
        int[] micros = new int[mapping.size()];
        for (int k = 0; k < micros.length; k++) {
            int v = readByte(mapping.id(k), StsControlTable.RETURN_DELAY, 1);
            micros[k] = v < 0 ? -1 : v * StsControlTable.RETURN_DELAY_UNIT_MICROS;
        }
        return Optional.of(micros);
    }

    /** Present voltage and temperature (addresses 62..63) of every servo, one READ each. */
    @Override
    public List<ServoTelemetry> readTelemetry() throws ServoException {
        List<ServoTelemetry> out = new ArrayList<>(mapping.size());
        for (int k = 0; k < mapping.size(); k++) {
            int id = mapping.id(k);
            boolean ok = readByte(id, StsControlTable.PRESENT_VOLTAGE, 2) >= 0;
            byte[] d = parser.data();
            out.add(ok ? new ServoTelemetry(id, d[1] & 0xFF, (d[0] & 0xFF) / 10.0)
                    : new ServoTelemetry(id, Double.NaN, Double.NaN));
        }
        return List.copyOf(out);
    }

    /** READ of {@code bytes} at {@code address}; the first byte, or -1 if the servo did not answer. */
    private int readByte(int id, int address, int bytes) throws ServoException {
        params[0] = (byte) address;
        params[1] = (byte) bytes;
        sendPacket(id, FeetechCodec.READ, 2);
        return awaitStatus(id) && parser.dataLength() == bytes ? parser.data()[0] & 0xFF : -1;
    }

    @Override
    public boolean setHardwareWatchdog(int timeoutMillis) {
        return false;
    }

    @Override
    public boolean setStrength(int joint, double fraction) throws ServoException {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("strength must be in [0, 1], got " + fraction);
        }
        params[0] = (byte) StsControlTable.TORQUE_LIMIT;
        FeetechCodec.put16(params, 1, (int) Math.round(fraction * StsControlTable.TORQUE_LIMIT_MAX), bigEndian);
        writeChecked(mapping.id(checkJoint(joint)), 3);
        return true;
    }

    @Override
    public boolean reboot(int id) {
        return false;
    }

    @Override
    public BusCounters counters() {
        return counters.snapshot(parser.checksumErrors(), parser.framingErrors(), parser.discardedBytes());
    }

    private void writeChecked(int id, int paramLen) throws ServoException {
        sendPacket(id, FeetechCodec.WRITE, paramLen);
        if (!awaitStatus(id)) {
            throw new ServoException("Feetech servo " + id + " did not answer a write to address " + (params[0] & 0xFF)
                    + ": check its id, baud rate and power");
        }
    }

    private void checkError(int error, int id) {
        if (error != 0) {
            counters.alerts++;
            countError(id);
        }
    }

    private void sendPacket(int id, int instruction, int paramLen) throws ServoException {
        parser.clear();
        int replyParams = instruction == FeetechCodec.SYNC_READ ? 4
                : instruction == FeetechCodec.READ ? params[1] & 0xFF : 0;
        parser.setMaxLength(2 + replyParams);
        send(tx, FeetechCodec.encode(id, instruction, params, paramLen, tx));
    }

    private boolean awaitStatus(int id) throws ServoException {
        long deadline = deadline();
        while (true) {
            while (parser.next()) {
                if (parser.id() == id) {
                    checkError(parser.instructionOrError(), id);
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
