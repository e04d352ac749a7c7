package org.ros2.rcljava.qos;

/** COMPILE-ONLY STUB of rcljava's {@code QoSProfile} (the two predefined profiles we use). */
public class QoSProfile {
    public static final QoSProfile DEFAULT = new QoSProfile();
    public static final QoSProfile SENSOR_DATA = new QoSProfile();
}
