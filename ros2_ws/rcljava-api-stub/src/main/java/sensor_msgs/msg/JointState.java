package sensor_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code sensor_msgs/msg/JointState} (fields we use). */
public final class JointState implements org.ros2.rcljava.interfaces.MessageDefinition {
    private std_msgs.msg.Header header = new std_msgs.msg.Header();
    private java.util.List<java.lang.String> name = new java.util.ArrayList<>();
    private java.util.List<java.lang.Double> position = new java.util.ArrayList<>();
    private java.util.List<java.lang.Double> velocity = new java.util.ArrayList<>();
    private java.util.List<java.lang.Double> effort = new java.util.ArrayList<>();

    public std_msgs.msg.Header getHeader() {
        return header;
    }

    public JointState setHeader(std_msgs.msg.Header value) {
        this.header = value;
        return this;
    }

    public java.util.List<java.lang.String> getName() {
        return name;
    }

    public JointState setName(java.util.List<java.lang.String> value) {
        this.name = value;
        return this;
    }

    public java.util.List<java.lang.Double> getPosition() {
        return position;
    }

    public JointState setPosition(java.util.List<java.lang.Double> value) {
        this.position = value;
        return this;
    }

    public java.util.List<java.lang.Double> getVelocity() {
        return velocity;
    }

    public JointState setVelocity(java.util.List<java.lang.Double> value) {
        this.velocity = value;
        return this;
    }

    public java.util.List<java.lang.Double> getEffort() {
        return effort;
    }

    public JointState setEffort(java.util.List<java.lang.Double> value) {
        this.effort = value;
        return this;
    }
}
