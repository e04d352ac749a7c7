package trajectory_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code trajectory_msgs/msg/JointTrajectoryPoint} (fields we use). */
public final class JointTrajectoryPoint implements org.ros2.rcljava.interfaces.MessageDefinition {
    private java.util.List<java.lang.Double> positions = new java.util.ArrayList<>();
    private builtin_interfaces.msg.Duration timeFromStart = new builtin_interfaces.msg.Duration();

    public java.util.List<java.lang.Double> getPositions() {
        return positions;
    }

    public JointTrajectoryPoint setPositions(java.util.List<java.lang.Double> value) {
        this.positions = value;
        return this;
    }

    public builtin_interfaces.msg.Duration getTimeFromStart() {
        return timeFromStart;
    }

    public JointTrajectoryPoint setTimeFromStart(builtin_interfaces.msg.Duration value) {
        this.timeFromStart = value;
        return this;
    }
}
