package io.hebbian.firmware.bus;

import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.transport.SerialLink;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Shared plumbing of the serial bus implementations: non-blocking polling against a deadline on
 * the injected nanosecond clock, disconnect bookkeeping and reconnection.
 */
public abstract class SerialBusBase implements ServoBus {

    /** How long to park between polls of an empty line, nanoseconds. */
    private static final long POLL_PARK_NANOS = 20_000;

    protected final SerialLink link;
    protected final ServoConfig config;
    protected final JointMapping mapping;
    protected final LongSupplier clock;
    protected final Counters counters = new Counters();
    protected final long timeoutNanos;
    private final byte[] rx = new byte[512];
    private final long[] jointErrors;
    private boolean lostReported;

    protected SerialBusBase(SerialLink link, ServoConfig config, LongSupplier nanoClock) {
        this.link = link;
        this.config = config;
        this.mapping = new JointMapping(config);
        this.clock = nanoClock;
        this.timeoutNanos = config.responseTimeoutMillis() * 1_000_000L;
        this.jointErrors = new long[mapping.size()];
    }

    /** Counts an error (missing reply, failed status, alert) against the servo {@code id}, if it is mapped. */
    protected final void countError(int id) {
        int k = mapping.indexOfId(id);
        if (k >= 0) {
            jointErrors[k]++;
        }
    }

    /** Counts a missing reply against every joint whose {@code got} entry is false. */
    protected final void countMissing(boolean[] got) {
        for (int k = 0; k < jointErrors.length; k++) {
            if (!got[k]) {
                jointErrors[k]++;
            }
        }
    }

    @Override
    public long[] errorsPerJoint() {
        return jointErrors.clone();
    }

    /** Gives received bytes to the protocol's parser. */
    protected abstract void feedParser(byte[] src, int off, int len);

    /**
     * Waits until some bytes arrive (and feeds them to the parser) or the deadline passes.
     *
     * @param deadlineNanos on {@link #clock}
     * @return false if the deadline passed with nothing new
     */
    protected final boolean poll(long deadlineNanos) throws ServoDisconnectedException {
        while (true) {
            int n;
            try {
                n = link.read(rx, 0, rx.length);
            } catch (ServoDisconnectedException e) {
                throw lost(e);
            }
            if (n > 0) {
                feedParser(rx, 0, n);
                return true;
            }
            if (clock.getAsLong() - deadlineNanos >= 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_PARK_NANOS);
        }
    }

    /** Writes one packet, counting a transaction. */
    protected final void send(byte[] packet, int len) throws ServoDisconnectedException {
        counters.transactions++;
        try {
            link.write(packet, 0, len);
        } catch (ServoDisconnectedException e) {
            throw lost(e);
        }
    }

    /** Drops bytes already received (stale replies, noise). */
    protected final void discardStale() throws ServoDisconnectedException {
        try {
            link.discardInput();
        } catch (ServoDisconnectedException e) {
            throw lost(e);
        }
    }

    /** The deadline for a reply to a request sent now, nanoseconds on {@link #clock}. */
    protected final long deadline() {
        return clock.getAsLong() + timeoutNanos;
    }

    @Override
    public final int jointCount() {
        return mapping.size();
    }

    @Override
    public final boolean connected() {
        return link.isConnected();
    }

    @Override
    public final boolean reconnect() {
        if (link.isConnected()) {
            return true;
        }
        boolean ok = link.reopen();
        if (ok) {
            lostReported = false;
            link.setBaud(config.baud());
        }
        return ok;
    }

    @Override
    public void addShutdownHook(Thread hook) {
        link.addShutdownHook(hook);
    }

    @Override
    public void close() {
        link.close();
    }

    /** Joint index of {@code joint}, checked. */
    protected final int checkJoint(int joint) {
        if (joint < 0 || joint >= mapping.size()) {
            throw new IllegalArgumentException("joint index must be in 0.." + (mapping.size() - 1) + ", got " + joint);
        }
        return joint;
    }

    private ServoDisconnectedException lost(ServoDisconnectedException e) {
        if (!lostReported) {
            counters.disconnects++;
            lostReported = true;
        }
        return e;
    }
}
