package io.hebbian.ros2.policy;

/** What the policy node is doing. */
public enum PolicyStatus {
    /** Started, no fresh input yet: not commanding. */
    WAITING,
    /** Commanding at the control rate. */
    RUNNING,
    /** An input is older than the stale timeout (or never came): not commanding. */
    HOLDING_STALE,
    /** An input is not finite: not commanding. */
    HOLDING_NON_FINITE,
    /**
     * The network's output was not finite (diverged weights, or a finite input the network cannot use,
     * e.g. a zero IMU quaternion): nothing was commanded this step, and the next step with good inputs
     * re-activates the network with fresh weights. Reported at level ERROR.
     */
    NON_FINITE_OUTPUT
}
