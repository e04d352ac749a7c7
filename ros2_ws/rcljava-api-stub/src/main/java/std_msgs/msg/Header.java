package std_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code std_msgs/msg/Header} (fields we use). */
public final class Header implements org.ros2.rcljava.interfaces.MessageDefinition {
    private builtin_interfaces.msg.Time stamp = new builtin_interfaces.msg.Time();
    private java.lang.String frameId = "";

    public builtin_interfaces.msg.Time getStamp() {
        return stamp;
    }

    public Header setStamp(builtin_interfaces.msg.Time value) {
        this.stamp = value;
        return this;
    }

    public java.lang.String getFrameId() {
        return frameId;
    }

    public Header setFrameId(java.lang.String value) {
        this.frameId = value;
        return this;
    }
}
