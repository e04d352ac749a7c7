package io.hebbian.ros2.msg;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code diagnostic_msgs/DiagnosticStatus} in a {@code DiagnosticArray}.
 *
 * @param stampNanos header stamp of the array, nanoseconds since the epoch of the publisher's ROS clock
 *                   (wall time, or simulated time under {@code /clock})
 * @param name    the reporting component, e.g. {@code hebbian_policy}
 * @param level   severity
 * @param message one-line summary, e.g. {@code "holding: /imu/data stale (0.31 s)"}
 * @param values  named values in insertion order (copied)
 */
public record Diagnostics(long stampNanos, String name, Level level, String message, Map<String, String> values) {

    /** {@code diagnostic_msgs/DiagnosticStatus} levels. */
    public enum Level {
        OK(0), WARN(1), ERROR(2), STALE(3);

        private final byte code;

        Level(int code) {
            this.code = (byte) code;
        }

        public byte code() {
            return code;
        }

        public static Level fromCode(int code) {
            for (Level l : values()) {
                if (l.code == code) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown diagnostic level " + code + "; expected 0..3");
        }
    }

    public Diagnostics {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
