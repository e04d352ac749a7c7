package diagnostic_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code diagnostic_msgs/msg/DiagnosticStatus} (fields we use). */
public final class DiagnosticStatus implements org.ros2.rcljava.interfaces.MessageDefinition {
    private byte level = 0;
    private java.lang.String name = "";
    private java.lang.String message = "";
    private java.lang.String hardwareId = "";
    private java.util.List<diagnostic_msgs.msg.KeyValue> values = new java.util.ArrayList<>();

    public byte getLevel() {
        return level;
    }

    public DiagnosticStatus setLevel(byte value) {
        this.level = value;
        return this;
    }

    public java.lang.String getName() {
        return name;
    }

    public DiagnosticStatus setName(java.lang.String value) {
        this.name = value;
        return this;
    }

    public java.lang.String getMessage() {
        return message;
    }

    public DiagnosticStatus setMessage(java.lang.String value) {
        this.message = value;
        return this;
    }

    public java.lang.String getHardwareId() {
        return hardwareId;
    }

    public DiagnosticStatus setHardwareId(java.lang.String value) {
        this.hardwareId = value;
        return this;
    }

    public java.util.List<diagnostic_msgs.msg.KeyValue> getValues() {
        return values;
    }

    public DiagnosticStatus setValues(java.util.List<diagnostic_msgs.msg.KeyValue> value) {
        this.values = value;
        return this;
    }
}
