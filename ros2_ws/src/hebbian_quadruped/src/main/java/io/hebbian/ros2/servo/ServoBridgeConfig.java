package io.hebbian.ros2.servo;

import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.policy.CommandFormat;
import java.util.Set;

/**
 * The servo bridge node's parameters (YAML names in brackets).
 *
 * @param servoConfig        servo bus config file (firmware-interface format) [servo_config]
 * @param port               serial port overriding the file's, e.g. {@code /dev/ttyUSB0}; empty = the file's [port]
 * @param baud               baud rate overriding the file's; 0 = the file's [baud]
 * @param rateHz             joint-state publishing and watchdog rate, Hz [rate_hz], default 100
 * @param jointStatesTopic   [joint_states_topic]
 * @param commandTopic       [command_topic]
 * @param commandFormat      [command_type]
 * @param torqueTopic        std_msgs/Bool: true enables torque (re-reads the pose), false is an e-stop [torque_topic]
 * @param damageTopic        std_msgs/String: damage spec, e.g. {@code lock:left-front-knee}, {@code none} [damage_topic]
 * @param diagnosticsTopic   bridge state and bus counters [diagnostics_topic]
 * @param torqueOnStart      enable torque when the node starts (default false: wait for the torque topic) [torque_on_start]
 * @param watchdogTimeoutSeconds commands older than this trip the watchdog, s [watchdog_timeout_s], default 0.1
 * @param watchdogTorqueOff  on expiry turn torque off (true) or hold the last target (false, default) [watchdog_torque_off]
 * @param maxStepRad         safety-gate limit per command, radians [max_step_rad], default 0.1
 * @param damage             damage applied at start; empty = none [damage]
 * @param model              trained model the pre-flight check compares the config with; empty = bus checks only [model]
 * @param preflight          run the pre-flight check before every torque on and refuse torque on a blocker
 *                           (default true) [preflight]
 * @param startSpeedRadPerSec after torque on, the goals move from the measured pose to the first command at most
 *                           this fast, rad/s [start_speed_rad_s], default 0.5; 0 = off (only {@code max_step_rad})
 * @param startToleranceRad  a joint farther than this from its goal during that move aborts it (torque off), rad
 *                           [start_tolerance_rad], default 0.15
 */
public record ServoBridgeConfig(String servoConfig, String port, int baud, double rateHz, String jointStatesTopic,
                                String commandTopic, CommandFormat commandFormat, String torqueTopic,
                                String damageTopic, String diagnosticsTopic, boolean torqueOnStart,
                                double watchdogTimeoutSeconds, boolean watchdogTorqueOff, double maxStepRad,
                                String damage, String model, boolean preflight, double startSpeedRadPerSec,
                                double startToleranceRad) {

    public static final Set<String> NAMES = Set.of("servo_config", "port", "baud", "rate_hz", "joint_states_topic",
            "command_topic", "command_type", "torque_topic", "damage_topic", "diagnostics_topic", "torque_on_start",
            "watchdog_timeout_s", "watchdog_torque_off", "max_step_rad", "damage", "model", "preflight",
            "start_speed_rad_s", "start_tolerance_rad");

    public ServoBridgeConfig {
        if (!(rateHz > 0 && rateHz <= 2000)) {
            throw new ParameterException("parameter 'rate_hz' must be within (0, 2000] Hz, got " + rateHz);
        }
        if (!(watchdogTimeoutSeconds > 0)) {
            throw new ParameterException("parameter 'watchdog_timeout_s' must be > 0 s, got " + watchdogTimeoutSeconds);
        }
        if (!(maxStepRad > 0)) {
            throw new ParameterException("parameter 'max_step_rad' must be > 0 rad, got " + maxStepRad);
        }
        if (!(startSpeedRadPerSec >= 0) || Double.isInfinite(startSpeedRadPerSec)) {
            throw new ParameterException("parameter 'start_speed_rad_s' must be >= 0 rad/s (0 = off), got "
                    + startSpeedRadPerSec);
        }
        if (!(startToleranceRad > 0) || Double.isInfinite(startToleranceRad)) {
            throw new ParameterException("parameter 'start_tolerance_rad' must be > 0 rad, got " + startToleranceRad);
        }
        if (baud < 0) {
            throw new ParameterException("parameter 'baud' must be >= 0 (0 = the config's), got " + baud);
        }
    }

    public static ServoBridgeConfig from(Parameters p) {
        p.requireKnown(NAMES);
        try {
            return new ServoBridgeConfig(p.requireString("servo_config"), p.string("port", ""),
                    (int) p.integer("baud", 0), p.number("rate_hz", 100),
                    p.string("joint_states_topic", "/joint_states"),
                    p.string("command_topic", "/forward_position_controller/commands"),
                    CommandFormat.fromId(p.string("command_type", "float64_multi_array")),
                    p.string("torque_topic", "/servo_bridge/torque"), p.string("damage_topic", "/servo_bridge/damage"),
                    p.string("diagnostics_topic", "/servo_bridge/diagnostics"), p.bool("torque_on_start", false),
                    p.number("watchdog_timeout_s", 0.1), p.bool("watchdog_torque_off", false),
                    p.number("max_step_rad", 0.1), p.string("damage", ""), p.string("model", ""),
                    p.bool("preflight", true), p.number("start_speed_rad_s", 0.5),
                    p.number("start_tolerance_rad", 0.15));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage(), e);
        }
    }
}
