package io.hebbian.ros2.msg;

import java.util.List;

/**
 * Joint position targets as a one-point {@code trajectory_msgs/JointTrajectory}.
 *
 * @param jointNames         joint order of {@code positionsRad}
 * @param positionsRad       targets, radians
 * @param timeFromStartNanos when the point should be reached, nanoseconds after receipt
 */
public record JointCommand(List<String> jointNames, double[] positionsRad, long timeFromStartNanos) {

    public JointCommand {
        jointNames = List.copyOf(jointNames);
        if (positionsRad.length != jointNames.size()) {
            throw new IllegalArgumentException("command has " + jointNames.size() + " joint names but "
                    + positionsRad.length + " positions");
        }
        if (timeFromStartNanos < 0) {
            throw new IllegalArgumentException("time from start must be >= 0 ns, got " + timeFromStartNanos);
        }
    }
}
