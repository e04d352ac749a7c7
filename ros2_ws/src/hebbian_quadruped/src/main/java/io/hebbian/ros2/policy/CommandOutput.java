package io.hebbian.ros2.policy;

import io.hebbian.ros2.msg.JointCommand;
import io.hebbian.ros2.transport.MessageType;
import io.hebbian.ros2.transport.Qos;
import io.hebbian.ros2.transport.TopicPublisher;
import io.hebbian.ros2.transport.Transport;
import java.util.List;

/** Publishes gated position targets in the configured {@link CommandFormat}. */
final class CommandOutput {

    private final TopicPublisher<double[]> array;
    private final TopicPublisher<JointCommand> trajectory;
    private final List<String> jointOrder;
    private final long periodNanos;

    CommandOutput(Transport transport, CommandFormat format, String topic, List<String> jointOrder, long periodNanos) {
        this.jointOrder = List.copyOf(jointOrder);
        this.periodNanos = periodNanos;
        if (format == CommandFormat.FLOAT64_MULTI_ARRAY) {
            array = transport.publisher(MessageType.FLOAT64_ARRAY, topic, Qos.RELIABLE);
            trajectory = null;
        } else {
            array = null;
            trajectory = transport.publisher(MessageType.JOINT_TRAJECTORY, topic, Qos.RELIABLE);
        }
    }

    /** @param targetRad targets in joint order, radians (Not modified) */
    void publish(double[] targetRad) {
        if (array != null) {
            array.publish(targetRad);
        } else {
            trajectory.publish(new JointCommand(jointOrder, targetRad.clone(), periodNanos));
        }
    }
}
