package sensor_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code sensor_msgs/msg/Imu} (fields we use). */
public final class Imu implements org.ros2.rcljava.interfaces.MessageDefinition {
    private std_msgs.msg.Header header = new std_msgs.msg.Header();
    private geometry_msgs.msg.Quaternion orientation = new geometry_msgs.msg.Quaternion();
    private geometry_msgs.msg.Vector3 angularVelocity = new geometry_msgs.msg.Vector3();
    private geometry_msgs.msg.Vector3 linearAcceleration = new geometry_msgs.msg.Vector3();

    public std_msgs.msg.Header getHeader() {
        return header;
    }

    public Imu setHeader(std_msgs.msg.Header value) {
        this.header = value;
        return this;
    }

    public geometry_msgs.msg.Quaternion getOrientation() {
        return orientation;
    }

    public Imu setOrientation(geometry_msgs.msg.Quaternion value) {
        this.orientation = value;
        return this;
    }

    public geometry_msgs.msg.Vector3 getAngularVelocity() {
        return angularVelocity;
    }

    public Imu setAngularVelocity(geometry_msgs.msg.Vector3 value) {
        this.angularVelocity = value;
        return this;
    }

    public geometry_msgs.msg.Vector3 getLinearAcceleration() {
        return linearAcceleration;
    }

    public Imu setLinearAcceleration(geometry_msgs.msg.Vector3 value) {
        this.linearAcceleration = value;
        return this;
    }
}
