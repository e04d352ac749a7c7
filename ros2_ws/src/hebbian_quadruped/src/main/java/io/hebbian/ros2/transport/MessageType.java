package io.hebbian.ros2.transport;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.msg.JointStateMessage;

/**
 * The ROS 2 message types the nodes exchange, each with its middleware-neutral Java type. Every
 * {@link Transport} maps each of them to its own message classes.
 *
 * @param <T> the Java type a publisher takes and a subscriber receives
 */
public final class MessageType<T> {

    /** What a transport switches on. */
    public enum Kind {
        JOINT_STATE, IMU, FLOAT64_ARRAY, JOINT_TRAJECTORY, DIAGNOSTICS, CLOCK, STRING, BOOL
    }

    /** {@code sensor_msgs/msg/JointState}. */
    public static final MessageType<JointStateMessage> JOINT_STATE =
            new MessageType<>(Kind.JOINT_STATE, "sensor_msgs/msg/JointState", JointStateMessage.class);
    /** {@code sensor_msgs/msg/Imu}; the sample's stamp is the header stamp in nanoseconds. */
    public static final MessageType<ImuSample> IMU = new MessageType<>(Kind.IMU, "sensor_msgs/msg/Imu", ImuSample.class);
    /** {@code std_msgs/msg/Float64MultiArray} (data only, empty layout), e.g. ros2_control forward commands. */
    public static final MessageType<double[]> FLOAT64_ARRAY =
            new MessageType<>(Kind.FLOAT64_ARRAY, "std_msgs/msg/Float64MultiArray", double[].class);
    /** {@code trajectory_msgs/msg/JointTrajectory} with one point. */
    public static final MessageType<JointCommand> JOINT_TRAJECTORY =
            new MessageType<>(Kind.JOINT_TRAJECTORY, "trajectory_msgs/msg/JointTrajectory", JointCommand.class);
    /** {@code diagnostic_msgs/msg/DiagnosticArray} with one status. */
    public static final MessageType<Diagnostics> DIAGNOSTICS =
            new MessageType<>(Kind.DIAGNOSTICS, "diagnostic_msgs/msg/DiagnosticArray", Diagnostics.class);
    /** {@code rosgraph_msgs/msg/Clock}: simulated time in nanoseconds. */
    public static final MessageType<Long> CLOCK = new MessageType<>(Kind.CLOCK, "rosgraph_msgs/msg/Clock", Long.class);
    /** {@code std_msgs/msg/String}. */
    public static final MessageType<String> STRING = new MessageType<>(Kind.STRING, "std_msgs/msg/String", String.class);
    /** {@code std_msgs/msg/Bool}. */
    public static final MessageType<Boolean> BOOL = new MessageType<>(Kind.BOOL, "std_msgs/msg/Bool", Boolean.class);

    private final Kind kind;
    private final String rosName;
    private final Class<T> javaType;

    private MessageType(Kind kind, String rosName, Class<T> javaType) {
        this.kind = kind;
        this.rosName = rosName;
        this.javaType = javaType;
    }

    public Kind kind() {
        return kind;
    }

    /** The ROS 2 type name, e.g. {@code sensor_msgs/msg/JointState}. */
    public String rosName() {
        return rosName;
    }

    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public String toString() {
        return rosName;
    }
}
