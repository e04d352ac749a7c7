package std_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code std_msgs/msg/Float64MultiArray} (fields we use). */
public final class Float64MultiArray implements org.ros2.rcljava.interfaces.MessageDefinition {
    private std_msgs.msg.MultiArrayLayout layout = new std_msgs.msg.MultiArrayLayout();
    private java.util.List<java.lang.Double> data = new java.util.ArrayList<>();

    public std_msgs.msg.MultiArrayLayout getLayout() {
        return layout;
    }

    public Float64MultiArray setLayout(std_msgs.msg.MultiArrayLayout value) {
        this.layout = value;
        return this;
    }

    public java.util.List<java.lang.Double> getData() {
        return data;
    }

    public Float64MultiArray setData(java.util.List<java.lang.Double> value) {
        this.data = value;
        return this;
    }
}
