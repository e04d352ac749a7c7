package builtin_interfaces.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code builtin_interfaces/msg/Duration} (fields we use). */
public final class Duration implements org.ros2.rcljava.interfaces.MessageDefinition {
    private int sec = 0;
    private int nanosec = 0;

    public int getSec() {
        return sec;
    }

    public Duration setSec(int value) {
        this.sec = value;
        return this;
    }

    public int getNanosec() {
        return nanosec;
    }

    public Duration setNanosec(int value) {
        this.nanosec = value;
        return this;
    }
}
