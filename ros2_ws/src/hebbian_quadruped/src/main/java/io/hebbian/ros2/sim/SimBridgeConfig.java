package io.hebbian.ros2.sim;

import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.CommandFormat;
import java.util.Set;

/**
 * The sim bridge node's parameters (YAML names in brackets).
 *
 * @param robot            {@code ant}, {@code servo-quad} or a URDF path [robot]
 * @param damage           morphology spec, e.g. {@code intact}, {@code damaged-right-front} [damage]
 * @param model            optional coefficients file whose {@code physics} section sets the simulation
 *                         (as during training); empty = the paper's settings [model]
 * @param jointStatesTopic [joint_states_topic]
 * @param imuTopic         [imu_topic]
 * @param commandTopic     [command_topic]
 * @param commandFormat    [command_type]
 * @param clockTopic       simulated time [clock_topic], default {@code /clock}
 * @param damageTopic      std_msgs/String: a new damage spec at run time (restarts the episode) [damage_topic]
 * @param diagnosticsTopic distance walked, steps, damage [diagnostics_topic]
 * @param realTimeFactor   1 = real time; 2 = twice as fast; 0 = lockstep: each step waits for the
 *                         command answering the previous state (as fast as the policy) [real_time_factor]
 * @param lockstepTimeoutSeconds lockstep only: step anyway (holding targets) after this long [lockstep_timeout_s]
 * @param seed             episode seed (sensor noise, randomisation) [seed]
 * @param episodeSteps     restart the episode after this many steps; 0 = never [episode_steps]
 * @param footContactsTopic std_msgs/Float64MultiArray: per leg in the robot's leg order, 1 if its foot touched
 *                         the ground during the last control step, else 0 [foot_contacts_topic], default
 *                         {@code /foot_contacts}
 */
public record SimBridgeConfig(String robot, String damage, String model, String jointStatesTopic, String imuTopic,
                              String commandTopic, CommandFormat commandFormat, String clockTopic, String damageTopic,
                              String diagnosticsTopic, double realTimeFactor, double lockstepTimeoutSeconds,
                              long seed, long episodeSteps, String footContactsTopic) {

    public static final Set<String> NAMES = Set.of("robot", "damage", "model", "joint_states_topic", "imu_topic",
            "command_topic", "command_type", "clock_topic", "damage_topic", "diagnostics_topic", "real_time_factor",
            "lockstep_timeout_s", "seed", "episode_steps", "foot_contacts_topic");

    public SimBridgeConfig {
        if (!(realTimeFactor >= 0) || !Double.isFinite(realTimeFactor)) {
            throw new ParameterException("parameter 'real_time_factor' must be >= 0 (0 = lockstep), got " + realTimeFactor);
        }
        if (!(lockstepTimeoutSeconds > 0)) {
            throw new ParameterException("parameter 'lockstep_timeout_s' must be > 0 s, got " + lockstepTimeoutSeconds);
        }
        if (episodeSteps < 0) {
            throw new ParameterException("parameter 'episode_steps' must be >= 0, got " + episodeSteps);
        }
    }

    public static SimBridgeConfig from(Parameters p) {
        p.requireKnown(NAMES);
        try {
            return new SimBridgeConfig(p.string("robot", "ant"), p.string("damage", "intact"), p.string("model", ""),
                    p.string("joint_states_topic", "/joint_states"), p.string("imu_topic", "/imu/data"),
                    p.string("command_topic", "/forward_position_controller/commands"),
                    CommandFormat.fromId(p.string("command_type", "float64_multi_array")),
                    p.string("clock_topic", "/clock"), p.string("damage_topic", "/sim_bridge/damage"),
                    p.string("diagnostics_topic", "/sim_bridge/diagnostics"), p.number("real_time_factor", 1.0),
                    p.number("lockstep_timeout_s", 1.0), p.integer("seed", 0), p.integer("episode_steps", 0),
                    p.string("foot_contacts_topic", "/foot_contacts"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage(), e);
        }
    }
}
