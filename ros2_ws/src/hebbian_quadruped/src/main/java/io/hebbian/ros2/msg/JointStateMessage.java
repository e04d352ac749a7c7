package io.hebbian.ros2.msg;

import java.util.List;

/**
 * One {@code sensor_msgs/JointState}, middleware-neutral. Arrays may be shorter than {@code names}
 * (ROS allows empty {@code velocity} or {@code effort}); a missing value reads as NaN through
 * {@link #velocityOr(int)}.
 *
 * @param stampNanos        header stamp, nanoseconds since the epoch of the publisher's clock
 * @param names             joint names
 * @param positionRad       positions, radians (not copied; do not modify after publishing)
 * @param velocityRadPerSec velocities, rad/s, empty if not measured
 * @param effort            efforts (N·m for revolute joints), empty if not measured
 */
public record JointStateMessage(long stampNanos, List<String> names, double[] positionRad,
                                double[] velocityRadPerSec, double[] effort) {

    public JointStateMessage {
        names = List.copyOf(names);
        if (positionRad.length != names.size()) {
            throw new IllegalArgumentException("joint state has " + names.size() + " names but "
                    + positionRad.length + " positions");
        }
    }

    /** Position and velocity only. */
    public static JointStateMessage of(long stampNanos, List<String> names, double[] positionRad,
                                       double[] velocityRadPerSec) {
        return new JointStateMessage(stampNanos, names, positionRad, velocityRadPerSec, new double[0]);
    }

    /** Velocity of joint {@code k}, rad/s, or NaN if the message carries none. */
    public double velocityOr(int k) {
        return k < velocityRadPerSec.length ? velocityRadPerSec[k] : Double.NaN;
    }
}
