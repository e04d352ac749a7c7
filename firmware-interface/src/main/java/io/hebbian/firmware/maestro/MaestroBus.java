package io.hebbian.firmware.maestro;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusCounters;
import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.SerialBusBase;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.transport.SerialLink;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Pololu Maestro bus for PWM hobby servos (joint id = channel). Targets go out as one Set Multiple
 * Targets when the channels are consecutive in config order, else as one write of Set Target
 * commands. "Position" is the pulse width the Maestro is currently sending (hobby servos report
 * nothing back); velocity is its difference between reads. Torque off stops the pulses (target 0).
 * No bus watchdog (the Maestro's serial timeout is set in its settings), no strength limit.
 */
public final class MaestroBus extends SerialBusBase {

    /** Pulse-width clamp, quarter-microseconds (500..3000 us): never send 0 (pulses off) by accident. */
    public static final int MIN_TARGET = 2000;
    public static final int MAX_TARGET = 12000;

    private final boolean crc7;
    private final boolean consecutive;
    private final int[] targets;
    private final byte[] tx;
    private final byte[] rx;
    private final byte[] framed;
    private int rxCount;
    private final double[] previousRad;
    private long previousStamp;
    private boolean hasPrevious;

    /** @param crc7 append CRC-7 to every command (the Maestro's "Enable CRC" setting must match) */
    public MaestroBus(SerialLink link, ServoConfig config, LongSupplier nanoClock, boolean crc7) {
        super(link, config, nanoClock);
        this.crc7 = crc7;
        int n = mapping.size();
        boolean seq = true;
        for (int k = 1; k < n; k++) {
            seq &= mapping.id(k) == mapping.id(0) + k;
        }
        consecutive = seq;
        targets = new int[n];
        tx = new byte[n * 5 + 8];
        rx = new byte[n * 2 + 2];
        framed = new byte[n * 3 + 3];
        previousRad = new double[n];
    }

    @Override
    protected void feedParser(byte[] src, int off, int len) {
        int n = Math.min(len, rx.length - rxCount);
        System.arraycopy(src, off, rx, rxCount, n);
        rxCount += n;
        if (n < len) {
            counters.framingErrors++;
        }
    }

    @Override
    public void setTorque(boolean on) throws ServoException {
        if (!on) {
            for (int k = 0; k < targets.length; k++) {
                targets[k] = 0;
            }
            sendTargets();
        }
    }

    @Override
    public void setTorque(int joint, boolean on) throws ServoException {
        if (!on) {
            int end = MaestroCodec.setTarget(mapping.id(checkJoint(joint)), 0, tx, 0);
            finish(end);
        }
    }

    @Override
    public void writePositions(double[] targetRad) throws ServoException {
        mapping.checkLength(targetRad);
        for (int k = 0; k < targets.length; k++) {
            targets[k] = (int) Math.max(MIN_TARGET, Math.min(MAX_TARGET, mapping.toRaw(k, targetRad[k])));
        }
        sendTargets();
    }

    @Override
    public boolean readState(JointStateSample out) throws ServoException {
        int end = 0;
        for (int k = 0; k < targets.length; k++) {
            end = MaestroCodec.getPosition(mapping.id(k), tx, end);
        }
        if (!exchange(end, targets.length * 2)) {
            return false;
        }
        long now = clock.getAsLong();
        double dt = (now - previousStamp) * 1e-9;
        for (int k = 0; k < targets.length; k++) {
            double rad = mapping.toRad(k, MaestroCodec.reply16(rx, 2 * k));
            out.velocityRadPerSec[k] = hasPrevious && dt > 0 ? (rad - previousRad[k]) / dt : 0;
            out.positionRad[k] = rad;
            previousRad[k] = rad;
        }
        previousStamp = now;
        hasPrevious = true;
        out.stampNanos = now;
        return true;
    }

    /** Reads and clears the Maestro's error bits; -1 on timeout. */
    public int readErrors() throws ServoException {
        if (!exchange(MaestroCodec.getErrors(tx, 0), 2)) {
            return -1;
        }
        int errors = MaestroCodec.reply16(rx, 0);
        if (errors != 0) {
            counters.statusErrors++;
        }
        return errors;
    }

    @Override
    public PingResult ping(int channel) throws ServoException {
        return readErrors() >= 0 ? new PingResult(channel, -1, -1) : null;
    }

    @Override
    public List<PingResult> scan(List<Integer> ids) throws ServoException {
        List<PingResult> found = new ArrayList<>();
        if (readErrors() < 0) {
            return found;
        }
        if (ids.isEmpty()) {
            for (int k = 0; k < mapping.size(); k++) {
                found.add(new PingResult(mapping.id(k), -1, -1));
            }
        } else {
            ids.forEach(id -> found.add(new PingResult(id, -1, -1)));
        }
        return found;
    }

    @Override
    public boolean setHardwareWatchdog(int timeoutMillis) {
        return false;
    }

    @Override
    public boolean setStrength(int joint, double fraction) {
        return false;
    }

    @Override
    public boolean reboot(int id) {
        return false;
    }

    @Override
    public BusCounters counters() {
        return counters.snapshot(0, 0, 0);
    }

    private void sendTargets() throws ServoException {
        int end = 0;
        if (consecutive && targets.length > 1) {
            end = MaestroCodec.setMultipleTargets(mapping.id(0), targets, targets.length, tx, 0);
            finish(end);
            return;
        }
        for (int k = 0; k < targets.length; k++) {
            int start = end;
            end = MaestroCodec.setTarget(mapping.id(k), targets[k], tx, start);
            if (crc7) {
                end = MaestroCodec.appendCrc7(tx, start, end);
            }
        }
        send(tx, end);
    }

    private void finish(int end) throws ServoException {
        send(tx, crc7 ? MaestroCodec.appendCrc7(tx, 0, end) : end);
    }

    /** Sends the queries in {@code tx[0..end)} and waits for exactly {@code replyBytes}. */
    private boolean exchange(int end, int replyBytes) throws ServoException {
        discardStale();
        rxCount = 0;
        if (crc7) {
            int w = 0;
            // each query is 2 bytes (get position) or 1 byte (get errors): append a CRC after each
            int step = end == 1 ? 1 : 2;
            for (int r = 0; r < end; r += step) {
                System.arraycopy(tx, r, framed, w, step);
                w = MaestroCodec.appendCrc7(framed, w, w + step);
            }
            send(framed, w);
        } else {
            send(tx, end);
        }
        long deadline = deadline();
        while (rxCount < replyBytes) {
            if (!poll(deadline)) {
                counters.timeouts++;
                return false;
            }
        }
        return rxCount == replyBytes;
    }
}
