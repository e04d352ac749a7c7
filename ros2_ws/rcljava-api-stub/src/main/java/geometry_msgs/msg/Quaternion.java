package geometry_msgs.msg;

/** COMPILE-ONLY STUB of the rosidl-generated {@code geometry_msgs/msg/Quaternion} (fields we use). */
public final class Quaternion implements org.ros2.rcljava.interfaces.MessageDefinition {
    private double x = 0;
    private double y = 0;
    private double z = 0;
    private double w = 0;

    public double getX() {
        return x;
    }

    public Quaternion setX(double value) {
        this.x = value;
        return this;
    }

    public double getY() {
        return y;
    }

    public Quaternion setY(double value) {
        this.y = value;
        return this;
    }

    public double getZ() {
        return z;
    }

    public Quaternion setZ(double value) {
        this.z = value;
        return this;
    }

    public double getW() {
        return w;
    }

    public Quaternion setW(double value) {
        this.w = value;
        return this;
    }
}
