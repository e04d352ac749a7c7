package io.hebbian.ros2.policy;

/** Observes each network input (for tests and recording); called on the control thread before the network step. */
@FunctionalInterface
public interface ObservationListener {

    /**
     * @param step        the step of the current activation this input is for, 1-based
     * @param observation the network input in the model's observation order (Not modified; valid only during the call)
     */
    void onObservation(long step, double[] observation);
}
