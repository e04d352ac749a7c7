package builtin_interfaces.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code builtin_interfaces/msg/Time} (fields we use). */
public final class Time implements org.ros2.rcljava.interfaces.MessageDefinition {
    private int sec = 0;
    private int nanosec = 0;

    public int getSec() {
        return sec;
    }

    public Time setSec(int value) {
        this.sec = value;
        return this;
    }

    public int getNanosec() {
        return nanosec;
    }

    public Time setNanosec(int value) {
        this.nanosec = value;
        return this;
    }
}
