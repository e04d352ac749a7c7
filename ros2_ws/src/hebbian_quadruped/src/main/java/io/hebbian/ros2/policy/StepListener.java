package io.hebbian.ros2.policy;

/** Observes each published command (for benchmarks and tests); called on the control thread. */
@FunctionalInterface
public interface StepListener {

    /**
     * @param step              steps since the current activation, 1-based
     * @param inputToCommandNanos from the arrival of the newest joint state to the command's publication
     * @param computeNanos      from the start of the control step to the command's publication
     */
    void onCommand(long step, long inputToCommandNanos, long computeNanos);
}
