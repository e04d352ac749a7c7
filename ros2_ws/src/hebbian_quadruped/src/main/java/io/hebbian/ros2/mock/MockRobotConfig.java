package io.hebbian.ros2.mock;

import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.CommandFormat;
import java.nio.file.Path;
import java.util.Set;

/**
 * The mock robot node's parameters (YAML names in brackets).
 *
 * @param model               coefficients file: its joints, their limits (the start pose is the middle of
 *                            each range) and its control period [model], required
 * @param rateHz              publishing rate, Hz; 0 = the model's control period (default) [rate_hz]
 * @param timeConstantSeconds first-order lag of the positions behind the commands, seconds; 0 = positions
 *                            jump to the command [time_constant_s], default 0.05
 * @param jointStatesTopic    [joint_states_topic], default {@code /joint_states}
 * @param imuTopic            level, still IMU [imu_topic], default {@code /imu/data}
 * @param commandTopic        [command_topic], default {@code /forward_position_controller/commands}
 * @param commandFormat       [command_type]: {@code float64_multi_array} (default) or {@code joint_trajectory}
 * @param diagnosticsTopic    [diagnostics_topic], default {@code /mock_robot/diagnostics}
 * @param footContactsTopic   all feet on the ground (1 per leg the model reads, in the model's order), published
 *                            only for a model that reads foot contacts [foot_contacts_topic], default
 *                            {@code /foot_contacts}
 */
public record MockRobotConfig(Path model, double rateHz, double timeConstantSeconds, String jointStatesTopic,
                              String imuTopic, String commandTopic, CommandFormat commandFormat,
                              String diagnosticsTopic, String footContactsTopic) {

    /** Default {@link #timeConstantSeconds}, seconds. */
    public static final double DEFAULT_TIME_CONSTANT_S = 0.05;

    /** The YAML parameter names this node accepts. */
    public static final Set<String> NAMES = Set.of("model", "rate_hz", "time_constant_s", "joint_states_topic",
            "imu_topic", "command_topic", "command_type", "diagnostics_topic", "foot_contacts_topic");

    public MockRobotConfig {
        if (!(rateHz >= 0) || !Double.isFinite(rateHz)) {
            throw new ParameterException("parameter 'rate_hz' must be >= 0 Hz (0 = the model's rate), got " + rateHz);
        }
        if (!(timeConstantSeconds >= 0) || !Double.isFinite(timeConstantSeconds)) {
            throw new ParameterException("parameter 'time_constant_s' must be >= 0 s (0 = no lag), got "
                    + timeConstantSeconds);
        }
    }

    /** Reads and validates the parameters; unknown names are errors. */
    public static MockRobotConfig from(Parameters p) {
        p.requireKnown(NAMES);
        try {
            return new MockRobotConfig(Path.of(p.requireString("model")), p.number("rate_hz", 0),
                    p.number("time_constant_s", DEFAULT_TIME_CONSTANT_S),
                    p.string("joint_states_topic", "/joint_states"), p.string("imu_topic", "/imu/data"),
                    p.string("command_topic", "/forward_position_controller/commands"),
                    CommandFormat.fromId(p.string("command_type", "float64_multi_array")),
                    p.string("diagnostics_topic", "/mock_robot/diagnostics"),
                    p.string("foot_contacts_topic", "/foot_contacts"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage(), e);
        }
    }
}
