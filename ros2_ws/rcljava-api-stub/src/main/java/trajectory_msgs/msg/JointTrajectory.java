package trajectory_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code trajectory_msgs/msg/JointTrajectory} (fields we use). */
public final class JointTrajectory implements org.ros2.rcljava.interfaces.MessageDefinition {
    private std_msgs.msg.Header header = new std_msgs.msg.Header();
    private java.util.List<java.lang.String> jointNames = new java.util.ArrayList<>();
    private java.util.List<trajectory_msgs.msg.JointTrajectoryPoint> points = new java.util.ArrayList<>();

    public std_msgs.msg.Header getHeader() {
        return header;
    }

    public JointTrajectory setHeader(std_msgs.msg.Header value) {
        this.header = value;
        return this;
    }

    public java.util.List<java.lang.String> getJointNames() {
        return jointNames;
    }

    public JointTrajectory setJointNames(java.util.List<java.lang.String> value) {
        this.jointNames = value;
        return this;
    }

    public java.util.List<trajectory_msgs.msg.JointTrajectoryPoint> getPoints() {
        return points;
    }

    public JointTrajectory setPoints(java.util.List<trajectory_msgs.msg.JointTrajectoryPoint> value) {
        this.points = value;
        return this;
    }
}
