package io.hebbian.firmware.emulator;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Runs an {@link EmulatedBoard} on the far end of a pty, in a daemon thread, until the pty vanishes or {@link #close()}. */
public final class PtyBoardRunner implements AutoCloseable {

    private final SerialPort port;
    private final EmulatedBoard board;
    private final Thread thread;
    private volatile boolean running = true;

    public PtyBoardRunner(String path, EmulatedBoard board) {
        this.board = board;
        port = SerialPort.getCommPort(path);
        port.setComPortTimeouts(SerialPort.TIMEOUT_NONBLOCKING, 0, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("emulator cannot open " + path);
        }
        thread = new Thread(this::loop, "emulator-" + path);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        byte[] in = new byte[4096];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (running) {
            int avail = port.bytesAvailable();
            if (avail < 0) {
                return;
            }
            if (avail == 0) {
                board.tick(System.nanoTime());
                LockSupport.parkNanos(20_000);
                continue;
            }
            int n = port.readBytes(in, Math.min(avail, in.length));
            if (n < 0) {
                return;
            }
            out.reset();
            board.receive(in, 0, n, System.nanoTime(), out);
            if (out.size() > 0) {
                byte[] b = out.toByteArray();
                port.writeBytes(b, b.length);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(2));
        port.closePort();
    }
}
