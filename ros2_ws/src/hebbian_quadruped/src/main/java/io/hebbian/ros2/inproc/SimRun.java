package io.hebbian.ros2.inproc;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.ros2.policy.PolicyNode;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyStatus;
import io.hebbian.ros2.sim.SimBridgeConfig;
import io.hebbian.ros2.sim.SimBridgeNode;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The {@code inproc} deployment: the policy node and the sim bridge in one JVM on an
 * {@link InprocTransport}, stepping in lockstep on simulated time (one policy step per simulated
 * control step, as fast as the CPU allows). The nodes and topics are exactly those of a ROS 2
 * deployment; only the middleware is missing.
 *
 * @param distanceM        torso displacement along +x, metres
 * @param steps            simulated control steps
 * @param commands         commands the policy published
 * @param activations      how often the policy (re)started commanding
 * @param simulatedSeconds simulated time
 * @param rateLimited      commands the policy node's safety gate slowed to {@code max_step_rad} per step
 */
public record SimRun(double distanceM, long steps, long commands, long activations, double simulatedSeconds,
                     long rateLimited) {

    /** Runs one episode with the policy node's default safety-gate rate limit. */
    public static SimRun run(PolicyModel model, RobotDescription robot, SimSettings settings, String damage,
                             long steps, RandomGenerator rng, long seed, Consumer<String> log)
            throws FormatException {
        return run(model, robot, settings, damage, steps, rng, seed, PolicyNodeConfig.DEFAULT_MAX_STEP_RAD, log);
    }

    /**
     * Runs one episode.
     *
     * @param model    the coefficients file's content
     * @param robot    the intact robot
     * @param settings physics settings
     * @param damage   morphology spec
     * @param steps    control steps to simulate
     * @param rng      initial weights of the policy
     * @param seed     episode seed (sensor noise, randomisation)
     * @param maxStepRad the policy node's {@code max_step_rad}: largest target change per step, 0 for none
     * @param log      node events
     */
    public static SimRun run(PolicyModel model, RobotDescription robot, SimSettings settings, String damage,
                             long steps, RandomGenerator rng, long seed, double maxStepRad, Consumer<String> log)
            throws FormatException {
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        AtomicLong simClock = new AtomicLong();
        try (InprocTransport bus = new InprocTransport()) {
            SimBridgeConfig simCfg = SimBridgeConfig.from(io.hebbian.ros2.params.Parameters.empty()
                    .with("damage", damage).with("seed", seed).with("real_time_factor", 0.0));
            PolicyNodeConfig policyCfg = PolicyNodeConfig.from(io.hebbian.ros2.params.Parameters.empty()
                    .with("model", "(in memory)").with("trigger", "joint_states")
                    .with("rate_hz", 1.0 / settings.controlPeriodSeconds())
                    .with("diagnostics_every_steps", 1_000_000L).with("max_step_rad", maxStepRad));
            try (SimBridgeNode sim = new SimBridgeNode(robot, settings, simCfg, bus, log);
                 PolicyNode policy = new PolicyNode(model, policyCfg, bus, rng, simClock::get, simClock::get, log)) {
                policy.start();
                sim.start(); // publishes the first readings: the policy answers synchronously
                for (long k = 0; k < steps; k++) {
                    simClock.set(sim.simTimeNanos());
                    sim.step();
                    if (policy.status() == PolicyStatus.HOLDING_NON_FINITE) {
                        break;
                    }
                }
                return new SimRun(sim.distanceM(), sim.steps(), policy.commands(), policy.activations(),
                        sim.simTimeNanos() / 1e9, policy.rateLimitedCommands());
            }
        }
    }
}
