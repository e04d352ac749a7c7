package io.hebbian.firmware.config;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.spec.JointLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A servo bus and the joints on it, loaded from YAML or JSON (see {@code docs/serial.md}).
 *
 * @param protocol              wire protocol
 * @param port                  serial port path, e.g. {@code /dev/ttyUSB0}; empty if given on the command line
 * @param baud                  baud rate, bits/s
 * @param units                 raw-unit scale for every joint
 * @param responseTimeoutMillis how long to wait for a reply, milliseconds (1..1000)
 * @param fastSyncRead          Dynamixel: use FAST_SYNC_READ (firmware 45+) instead of SYNC_READ
 * @param joints                joints in command order
 * @param legs                  leg name (e.g. {@code left-front}) to its joints, for damage specs
 */
public record ServoConfig(Protocol protocol, String port, int baud, ServoUnits units, int responseTimeoutMillis,
        boolean fastSyncRead, List<JointConfig> joints, Map<String, List<String>> legs) {

    /** Config file format id written in the {@code format} key. */
    public static final String FORMAT = "hebbian-servo-config/1";

    public ServoConfig {
        if (protocol == null || units == null || port == null) {
            throw new IllegalArgumentException("protocol, units and port must not be null (use \"\" for no port)");
        }
        if (baud < 300 || baud > 10_500_000) {
            throw new IllegalArgumentException("baud must be in 300..10500000, got " + baud);
        }
        if (responseTimeoutMillis < 1 || responseTimeoutMillis > 1000) {
            throw new IllegalArgumentException("responseTimeoutMillis must be in 1..1000, got " + responseTimeoutMillis);
        }
        joints = List.copyOf(joints);
        legs = Map.copyOf(legs);
        if (joints.isEmpty()) {
            throw new IllegalArgumentException("config has no joints: add a 'joints' list");
        }
        Set<String> names = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        int maxId = protocol == Protocol.MAESTRO ? 23 : protocol == Protocol.DYNAMIXEL2 ? 252 : 253;
        for (JointConfig j : joints) {
            if (!names.add(j.name())) {
                throw new IllegalArgumentException("joint name '" + j.name() + "' appears twice: names must be unique");
            }
            if (!ids.add(j.id())) {
                throw new IllegalArgumentException("joint " + j.name() + ": id " + j.id()
                        + " is used by another joint: ids must be unique");
            }
            if (j.id() > maxId) {
                throw new IllegalArgumentException("joint " + j.name() + ": id " + j.id() + " out of range 0.."
                        + maxId + " for " + protocol);
            }
        }
        for (Map.Entry<String, List<String>> leg : legs.entrySet()) {
            for (String joint : leg.getValue()) {
                if (!names.contains(joint)) {
                    throw new IllegalArgumentException("leg " + leg.getKey() + " lists unknown joint '" + joint
                            + "': known joints are " + jointNamesOf(joints));
                }
            }
        }
    }

    /**
     * Loads and validates a {@code .yaml}, {@code .yml} or {@code .json} file.
     *
     * @throws FormatException naming the file and the key: not YAML/JSON, an unknown key, a missing or bad value
     */
    public static ServoConfig load(Path file) throws IOException, FormatException {
        return ServoConfigReader.read(file);
    }

    /** Joint limits in command order, for the {@link io.hebbian.controller.safety.SafetyGate}. */
    public List<JointLimits> jointLimits() {
        return joints.stream().map(JointConfig::limits).toList();
    }

    /** Joint names in command order. */
    public List<String> jointNames() {
        return jointNamesOf(joints);
    }

    /** Index of a joint by name, or -1. */
    public int indexOf(String jointName) {
        for (int k = 0; k < joints.size(); k++) {
            if (joints.get(k).name().equals(jointName)) {
                return k;
            }
        }
        return -1;
    }

    /** The same config on another port and baud rate (e.g. from command-line flags). */
    public ServoConfig withPort(String newPort, int newBaud) {
        return new ServoConfig(protocol, newPort, newBaud, units, responseTimeoutMillis, fastSyncRead, joints, legs);
    }

    private static List<String> jointNamesOf(List<JointConfig> joints) {
        return joints.stream().map(JointConfig::name).toList();
    }
}
