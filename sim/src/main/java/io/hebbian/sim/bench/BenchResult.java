package io.hebbian.sim.bench;

/**
 * Throughput of the simulator with a random Hebbian network.
 *
 * @param controlStepsPerSecondPerThread full control steps (physics + observation + network step + update)
 *                                       per second, per thread, while {@code threads} threads run
 * @param physicsStepsPerSecond          physics substeps per second on one thread, env only (no network)
 * @param envMicrosPerStep               one control step of the env alone (physics, servos, sensors), µs
 * @param networkMicrosPerStep           one network step (forward pass and Hebbian update), µs
 * @param episodesPerSecond              complete episodes per second on all threads together
 * @param threads                        worker threads
 * @param episodeSteps                   control steps per episode
 * @param cpuControlStepsPerSecond       full control steps per second of thread CPU time (insensitive to
 *                                       other processes competing for the cores)
 * @param meanAxisErrorDeg               hinge-axis misalignment (child's axis against the parent's)
 *                                       over joints and control steps of the measured episodes, degrees
 * @param maxAxisErrorDeg                its largest value, degrees
 * @param meanAnchorErrorMm              separation of a hinge's anchor as seen from either body, mm
 * @param maxAnchorErrorMm               its largest value, mm
 * @param kernel                         the network's layer kernel ({@code vector} or {@code scalar})
 * @param envBytesPerStep                heap bytes one control step of the env allocates (ode4j's contact
 *                                       joints and solver work arrays), -1 if the JVM cannot measure it
 */
public record BenchResult(double controlStepsPerSecondPerThread, double physicsStepsPerSecond,
                          double envMicrosPerStep, double networkMicrosPerStep, double episodesPerSecond,
                          int threads, int episodeSteps, double cpuControlStepsPerSecond,
                          double meanAxisErrorDeg, double maxAxisErrorDeg, double meanAnchorErrorMm,
                          double maxAnchorErrorMm, String kernel, long envBytesPerStep) {
}
