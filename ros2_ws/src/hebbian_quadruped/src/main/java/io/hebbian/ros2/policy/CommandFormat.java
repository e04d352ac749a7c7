package io.hebbian.ros2.policy;

/** How joint position commands go out. */
public enum CommandFormat {
    /** {@code std_msgs/Float64MultiArray}, one value per joint in joint order (ros2_control ForwardCommandController). */
    FLOAT64_MULTI_ARRAY,
    /** {@code trajectory_msgs/JointTrajectory} with one point reached after one control period. */
    JOINT_TRAJECTORY;

    /** Parses {@code float64_multi_array} or {@code joint_trajectory}. */
    public static CommandFormat fromId(String id) {
        return switch (id) {
            case "float64_multi_array" -> FLOAT64_MULTI_ARRAY;
            case "joint_trajectory" -> JOINT_TRAJECTORY;
            default -> throw new IllegalArgumentException("unknown command type '" + id
                    + "'; expected float64_multi_array or joint_trajectory");
        };
    }
}
