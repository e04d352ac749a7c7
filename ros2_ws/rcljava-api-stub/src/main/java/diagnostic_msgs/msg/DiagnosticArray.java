package diagnostic_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code diagnostic_msgs/msg/DiagnosticArray} (fields we use). */
public final class DiagnosticArray implements org.ros2.rcljava.interfaces.MessageDefinition {
    private std_msgs.msg.Header header = new std_msgs.msg.Header();
    private java.util.List<diagnostic_msgs.msg.DiagnosticStatus> status = new java.util.ArrayList<>();

    public std_msgs.msg.Header getHeader() {
        return header;
    }

    public DiagnosticArray setHeader(std_msgs.msg.Header value) {
        this.header = value;
        return this;
    }

    public java.util.List<diagnostic_msgs.msg.DiagnosticStatus> getStatus() {
        return status;
    }

    public DiagnosticArray setStatus(java.util.List<diagnostic_msgs.msg.DiagnosticStatus> value) {
        this.status = value;
        return this;
    }
}
