package std_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code std_msgs/msg/MultiArrayLayout} (fields we use). */
public final class MultiArrayLayout implements org.ros2.rcljava.interfaces.MessageDefinition {
    private int dataOffset = 0;

    public int getDataOffset() {
        return dataOffset;
    }

    public MultiArrayLayout setDataOffset(int value) {
        this.dataOffset = value;
        return this;
    }
}
