package io.hebbian.ros2.transport.dds;

import java.util.function.Supplier;
import us.ihmc.pubsub.TopicDataType;

/**
 * Converts one middleware-neutral message type to and from its IHMC (Fast DDS) message class.
 *
 * @param <T> neutral type
 * @param <M> IHMC message class, e.g. {@code sensor_msgs.msg.dds.JointState}
 */
interface DdsCodec<T, M> {

    /** The type support, whose name is the ROS 2 wire name, e.g. {@code sensor_msgs::msg::dds_::JointState_}. */
    TopicDataType<M> topicDataType();

    /** A reusable empty IHMC message. */
    Supplier<M> factory();

    /** Writes {@code value} into {@code dst} (Modified), clearing what was there. */
    void encode(T value, M dst);

    /** A fresh neutral message from {@code src} (Not modified). */
    T decode(M src);
}
