package rosgraph_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code rosgraph_msgs/msg/Clock} (fields we use). */
public final class Clock implements org.ros2.rcljava.interfaces.MessageDefinition {
    private builtin_interfaces.msg.Time clock = new builtin_interfaces.msg.Time();

    public builtin_interfaces.msg.Time getClock() {
        return clock;
    }

    public Clock setClock(builtin_interfaces.msg.Time value) {
        this.clock = value;
        return this;
    }
}
