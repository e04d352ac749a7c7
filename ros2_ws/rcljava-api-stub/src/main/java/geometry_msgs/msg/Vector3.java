package geometry_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code geometry_msgs/msg/Vector3} (fields we use). */
public final class Vector3 implements org.ros2.rcljava.interfaces.MessageDefinition {
    private double x = 0;
    private double y = 0;
    private double z = 0;

    public double getX() {
        return x;
    }

    public Vector3 setX(double value) {
        this.x = value;
        return this;
    }

    public double getY() {
        return y;
    }

    public Vector3 setY(double value) {
        this.y = value;
        return this;
    }

    public double getZ() {
        return z;
    }

    public Vector3 setZ(double value) {
        this.z = value;
        return this;
    }
}
