package io.hebbian.ros2.peer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the Cyclone DDS C robot peer ({@code peer/robot_peer.c}) and diagnostics listener
 * ({@code peer/diag_listener.c}) with {@code idlc -l c} and gcc,
 * once per JVM, into {@code target/cyclone-peer}. Tests skip when Cyclone DDS is not installed.
 */
final class CyclonePeer {

    private static final String[] RESOURCES = {"robot_peer.c", "diag_listener.c", "ros2_msgs_dds.idl",
        "cyclone-loopback.xml"};
    private static Path built;

    private CyclonePeer() {
    }

    /** The peer binary, building it if needed; skips the calling test if the tools are missing. */
    static synchronized Path binary() throws IOException, InterruptedException {
        assumeTrue(Files.exists(Path.of("/usr/include/dds/dds.h")) && Files.isExecutable(Path.of("/usr/bin/idlc")),
                "Cyclone DDS not installed: apt-get install cyclonedds-dev cyclonedds-tools (./test does this as root)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gcc")), "gcc not installed: apt-get install gcc");
        if (built != null) {
            return built;
        }
        Path dir = Path.of("target", "cyclone-peer").toAbsolutePath();
        Files.createDirectories(dir);
        for (String r : RESOURCES) {
            try (InputStream in = CyclonePeer.class.getResourceAsStream("/peer/" + r)) {
                Files.copy(in, dir.resolve(r), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        run(dir, "idlc", "-l", "c", "ros2_msgs_dds.idl");
        run(dir, "gcc", "-O2", "-o", "robot_peer", "robot_peer.c", "ros2_msgs_dds.c", "-lddsc");
        run(dir, "gcc", "-O2", "-o", "diag_listener", "diag_listener.c", "ros2_msgs_dds.c", "-lddsc");
        built = dir.resolve("robot_peer");
        return built;
    }

    /** The diagnostics listener binary ({@code peer/diag_listener.c}), built with the robot peer. */
    static synchronized Path diagnosticsListener() throws IOException, InterruptedException {
        return binary().resolveSibling("diag_listener");
    }

    /** The loopback-only Cyclone configuration, as a {@code CYCLONEDDS_URI} value. */
    static String configUri() {
        return "file://" + Path.of("target", "cyclone-peer", "cyclone-loopback.xml").toAbsolutePath();
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        }
    }
}
