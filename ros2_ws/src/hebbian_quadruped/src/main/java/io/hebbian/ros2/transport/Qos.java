package io.hebbian.ros2.transport;

/** The two ROS 2 QoS profiles the nodes use. */
public enum Qos {
    /** ROS 2's default: RELIABLE, KEEP_LAST(10), VOLATILE. Matches every ROS 2 reader. */
    RELIABLE,
    /** ROS 2's sensor-data profile: BEST_EFFORT, KEEP_LAST(5), VOLATILE. */
    SENSOR_DATA;

    /** Parses {@code reliable} or {@code best_effort} (also {@code sensor_data}). */
    public static Qos fromId(String id) {
        return switch (id) {
            case "reliable" -> RELIABLE;
            case "best_effort", "sensor_data" -> SENSOR_DATA;
            default -> throw new IllegalArgumentException("unknown QoS '" + id + "'; expected reliable or best_effort");
        };
    }
}
