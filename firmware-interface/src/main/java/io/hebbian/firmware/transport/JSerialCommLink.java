package io.hebbian.firmware.transport;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.hebbian.firmware.bus.ServoDisconnectedException;

/**
 * A {@link SerialLink} over jSerialComm in non-blocking mode (its own read timeouts are 100 ms
 * granular on Linux). A vanished adapter shows as {@code read == -1} or
 * {@code bytesAvailable == -1} while {@code isOpen()} stays true: this link then reports
 * {@link ServoDisconnectedException} until {@link #reopen()} succeeds.
 */
public final class JSerialCommLink implements SerialLink {

    private final String path;
    private final byte[] sink = new byte[256];
    private int baud;
    private SerialPort port;
    private boolean connected;

    private JSerialCommLink(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    /**
     * Opens a port by explicit path (ptys are not enumerated by jSerialComm).
     *
     * @throws IllegalArgumentException with the path and a hint if it cannot be opened
     */
    public static JSerialCommLink open(String path, int baud) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("no serial port given: pass --port /dev/ttyUSB0 (or set 'port' in the config)");
        }
        JSerialCommLink link = new JSerialCommLink(path, baud);
        if (!link.tryOpen()) {
            throw new IllegalArgumentException("cannot open serial port " + path
                    + ": check the path exists and you may use it (group dialout)");
        }
        return link;
    }

    private boolean tryOpen() {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            return false;
        }
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
        if (!p.openPort()) {
            return false;
        }
        port = p;
        connected = true;
        return true;
    }

    @Override
    public void write(byte[] data, int off, int len) throws ServoDisconnectedException {
        ensure();
        int done = 0;
        int zeroWrites = 0;
        while (done < len) {
            int n = port.writeBytes(data, len - done, off + done);
            if (n < 0 || (n == 0 && ++zeroWrites > 3) || port.bytesAvailable() < 0) {
                lost();
            }
            done += Math.max(n, 0);
        }
    }

    @Override
    public int read(byte[] dst, int off, int len) throws ServoDisconnectedException {
        ensure();
        int avail = port.bytesAvailable();
        if (avail < 0) {
            lost();
        }
        if (avail == 0) {
            return 0;
        }
        int n = port.readBytes(dst, Math.min(avail, len), off);
        if (n < 0) {
            lost();
        }
        return n;
    }

    @Override
    public void discardInput() throws ServoDisconnectedException {
        ensure();
        while (read(sink, 0, sink.length) > 0) {
            // drop
        }
    }

    @Override
    public boolean setBaud(int newBaud) {
        this.baud = newBaud;
        return port != null && port.setBaudRate(newBaud);
    }

    /** Runs before jSerialComm closes its ports at JVM exit. */
    @Override
    public void addShutdownHook(Thread hook) {
        SerialPort.addShutdownHook(hook);
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public boolean reopen() {
        if (port != null) {
            port.closePort();
            port = null;
        }
        connected = false;
        return tryOpen();
    }

    @Override
    public String description() {
        return path;
    }

    /**
     * Closes the port after letting queued output drain (at most 200 ms): closing flushes unsent
     * bytes, which would drop a final torque-off.
     */
    @Override
    public void close() {
        if (port != null) {
            long end = System.nanoTime() + 200_000_000L;
            while (connected && port.bytesAwaitingWrite() > 0 && System.nanoTime() < end) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
            }
            port.closePort();
            port = null;
        }
        connected = false;
    }

    private void ensure() throws ServoDisconnectedException {
        if (!connected || port == null) {
            throw new ServoDisconnectedException("serial port " + path + " is disconnected: waiting for it to return");
        }
    }

    private void lost() throws ServoDisconnectedException {
        connected = false;
        throw new ServoDisconnectedException("serial port " + path + " disappeared (adapter unplugged?)");
    }
}
