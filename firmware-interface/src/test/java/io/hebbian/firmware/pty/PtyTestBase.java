package io.hebbian.firmware.pty;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.firmware.emulator.PtyPair;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts a fresh socat pty pair in a unique temp dir per test; skips if socat is missing. */
@Timeout(30)
abstract class PtyTestBase {

    @TempDir
    Path dir;
    PtyPair pty;

    @BeforeEach
    void startPty() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat not installed (apt-get install socat): pty tests skipped");
        pty = new PtyPair(dir).start();
    }

    @AfterEach
    void stopPty() throws InterruptedException {
        if (pty != null) {
            pty.kill();
        }
    }
}
