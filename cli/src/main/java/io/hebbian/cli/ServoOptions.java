package io.hebbian.cli;

import io.hebbian.controller.io.FormatException;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Flags shared by every {@code hebbian servo} subcommand, and building the config and bus from them. */
final class ServoOptions {

    @Option(names = "--port", paramLabel = "PATH",
            description = "Serial port path, e.g. /dev/ttyUSB0 (default: the config's; ptys are not listed by the OS: give the path).")
    String port;

    @Option(names = "--protocol", paramLabel = "P",
            description = "dynamixel2, feetech-sts, feetech-scs or maestro (default: from --config).")
    String protocol;

    @Option(names = "--baud", paramLabel = "B", description = "Baud rate, bits/s (default: config, else protocol default).")
    Integer baud;

    @Option(names = "--ids", split = ",", paramLabel = "ID",
            description = "Servo ids (Maestro: channels), comma-separated; default: the config's joints.")
    List<Integer> ids = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Servo config (YAML or JSON): joint names, ids, limits.")
    Path config;

    @Option(names = "--timeout-ms", defaultValue = "20", paramLabel = "MS",
            description = "Reply timeout, milliseconds (default: ${DEFAULT-VALUE}).")
    int timeoutMillis;

    /** The config from --config (port/baud overridden by flags) or, without one, a read-only config from --ids. */
    ServoConfig resolve() throws IOException, FormatException {
        if (config != null) {
            ServoConfig c = ServoConfig.load(config);
            if (protocol != null && Protocol.parse(protocol) != c.protocol()) {
                throw new IllegalArgumentException("--protocol " + protocol + " contradicts " + config + " (protocol "
                        + c.protocol() + "): drop one of them");
            }
            String path = port != null ? port : c.port();
            if (path.isBlank()) {
                throw new IllegalArgumentException("give --port PATH: " + config + " names no port");
            }
            return c.withPort(path, baud != null ? baud : c.baud());
        }
        requirePort();
        if (protocol == null) {
            throw new IllegalArgumentException("give --protocol dynamixel2|feetech-sts|feetech-scs|maestro, or --config FILE");
        }
        Protocol p = Protocol.parse(protocol);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("without --config, give the servo ids: --ids 1,2,3 (find them with 'servo scan')");
        }
        List<JointConfig> joints = new ArrayList<>();
        for (int id : ids) {
            joints.add(new JointConfig("id" + id, id, 1, 0, -Math.PI, Math.PI, Double.POSITIVE_INFINITY));
        }
        return new ServoConfig(p, port, baud != null ? baud : p.defaultBaud(), p.defaultUnits(), timeoutMillis,
                false, joints, Map.of());
    }

    /** Protocol from --protocol or --config, for commands that need no joint list. */
    ServoConfig resolveForScan() throws IOException, FormatException {
        if (config == null && protocol != null && ids.isEmpty()) {
            requirePort();
            Protocol p = Protocol.parse(protocol);
            JointConfig any = new JointConfig("any", p == Protocol.MAESTRO ? 0 : 1, 1, 0, -Math.PI, Math.PI,
                    Double.POSITIVE_INFINITY);
            return new ServoConfig(p, port, baud != null ? baud : p.defaultBaud(), p.defaultUnits(), timeoutMillis,
                    false, List.of(any), Map.of());
        }
        return resolve();
    }

    private void requirePort() {
        if (port == null) {
            throw new IllegalArgumentException("give --port PATH (or a --config that names the port)");
        }
    }

    static ServoBus open(ServoConfig c) {
        return ServoBuses.open(c);
    }

    static RuntimeException user(Exception e) {
        return new Errors.UserException(e.getMessage(), e);
    }
}
