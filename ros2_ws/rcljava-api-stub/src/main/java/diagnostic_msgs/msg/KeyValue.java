package diagnostic_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code diagnostic_msgs/msg/KeyValue} (fields we use). */
public final class KeyValue implements org.ros2.rcljava.interfaces.MessageDefinition {
    private java.lang.String key = "";
    private java.lang.String value = "";

    public java.lang.String getKey() {
        return key;
    }

    public KeyValue setKey(java.lang.String value) {
        this.key = value;
        return this;
    }

    public java.lang.String getValue() {
        return value;
    }

    public KeyValue setValue(java.lang.String value) {
        this.value = value;
        return this;
    }
}
