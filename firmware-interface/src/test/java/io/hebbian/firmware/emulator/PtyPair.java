package io.hebbian.firmware.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A socat pty pair standing in for a USB serial adapter: {@link #hostPath()} for the code under
 * test, {@link #boardPath()} for the emulator. {@link #kill()} simulates unplugging,
 * {@link #start()} again re-creates the same link paths (plugging back in).
 */
public final class PtyPair implements AutoCloseable {

    private static final Path SOCAT = Path.of("/usr/bin/socat");
    private final Path dir;
    private Process process;

    public PtyPair(Path dir) {
        this.dir = dir;
    }

    public static boolean socatAvailable() {
        return Files.isExecutable(SOCAT);
    }

    /** Starts socat and waits (at most 5 s) until both links exist. */
    public PtyPair start() throws IOException, InterruptedException {
        process = new ProcessBuilder(SOCAT.toString(), "pty,raw,echo=0,link=" + hostPath(),
                "pty,raw,echo=0,link=" + boardPath())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(hostPath()) && Files.exists(boardPath()))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                kill();
                throw new IOException("socat did not create " + hostPath() + " within 5 s");
            }
            Thread.sleep(5);
        }
        return this;
    }

    public Path hostPath() {
        return dir.resolve("host");
    }

    public Path boardPath() {
        return dir.resolve("board");
    }

    /** Stops socat (both ptys vanish), waiting at most 5 s. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
