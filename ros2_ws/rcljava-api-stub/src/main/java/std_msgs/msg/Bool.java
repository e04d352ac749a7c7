package std_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code std_msgs/msg/Bool} (fields we use). */
public final class Bool implements org.ros2.rcljava.interfaces.MessageDefinition {
    private boolean data = false;

    public boolean getData() {
        return data;
    }

    public Bool setData(boolean value) {
        this.data = value;
        return this;
    }
}
