package io.hebbian.ros2.transport;

/** The DDS domain of this module's tests, away from 0 so a developer's ROS 2 graph is not disturbed. */
public final class DdsTestDomain {

    /** Domain id for loopback tests; override with {@code -Dhebbian.test.domain=N}. */
    public static final int ID = Integer.getInteger("hebbian.test.domain", 77);

    private DdsTestDomain() {
    }
}
