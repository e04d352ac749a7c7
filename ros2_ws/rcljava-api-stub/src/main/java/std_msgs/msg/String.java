package std_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code std_msgs/msg/String} (fields we use). */
public final class String implements org.ros2.rcljava.interfaces.MessageDefinition {
    private java.lang.String data = "";

    public java.lang.String getData() {
        return data;
    }

    public String setData(java.lang.String value) {
        this.data = value;
        return this;
    }
}
