package io.hebbian.controller.robot;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import java.util.List;

/**
 * The robot as the controller sees it: joint states and an IMU in, joint position targets out.
 * The simulator, the servo bridge and ROS 2 topics all implement it, so the policy cannot tell
 * which one it drives.
 */
public interface RobotIo {

    /** Joint names in the order of every sample and command. */
    List<String> jointNames();

    /**
     * Copies the newest readings into the buffers (Modified).
     *
     * @return false if no complete reading is available yet
     */
    boolean read(JointStateSample joints, ImuSample imu);

    /**
     * Sends position targets, radians, in {@link #jointNames()} order (Not modified). Callers pass
     * commands through a {@link io.hebbian.controller.safety.SafetyGate} first.
     */
    void command(double[] targetRad);
}
