package io.hebbian.ros2.policy;

import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.transport.Qos;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The policy node's parameters (names as in the YAML file in brackets).
 *
 * @param model               coefficients file [model]
 * @param robot               expected robot name, checked against the model's; empty to skip [robot]
 * @param jointOrder          command joint order; empty = the model's action order [joint_order]
 * @param jointStatesTopic    [joint_states_topic], default {@code /joint_states}
 * @param imuTopic            [imu_topic], default {@code /imu/data}
 * @param commandTopic        [command_topic], default {@code /forward_position_controller/commands}
 * @param commandFormat       [command_type]: {@code float64_multi_array} (default) or {@code joint_trajectory}
 * @param diagnosticsTopic    [diagnostics_topic], default {@code /hebbian_policy/diagnostics}
 * @param inputQos            QoS of the input subscriptions [input_qos]: {@code reliable} (default) or {@code best_effort}
 * @param rateHz              control rate, Hz; 0 = the model's control period (default) [rate_hz]
 * @param trigger             {@code timer} (default: fixed rate) or {@code joint_states} (one step per message) [trigger]
 * @param seed                initial-weight seed; empty = a random seed per run [seed, negative = unseeded]
 * @param plastic             Hebbian updates on (default) or off [plasticity]
 * @param freezeAfterSteps    stop weight updates after this many steps of an activation; 0 = never [freeze_after_steps]
 * @param staleTimeoutSeconds inputs older than this stop commanding, seconds [stale_timeout_s], default 0.1
 * @param staleResetSeconds   a hold (stale or non-finite input) at least this long re-activates the network
 *                            with fresh weights when inputs return; a shorter gap resumes with the learned
 *                            weights, seconds, >= 0 (0 = every gap resets) [stale_reset_s], default 1.0
 * @param maxStepRad          safety-gate rate limit per step, radians; 0 = none (explicit opt-out)
 *                            [max_step_rad], default 0.1 (6.1 rad/s at the paper's 60.6 Hz)
 * @param diagnosticsEverySteps publish diagnostics every this many ticks [diagnostics_every_steps], default 20
 * @param footContactsTopic   {@code std_msgs/Float64MultiArray}, one value per leg of the contact order, >= 0.5 =
 *                            contact; subscribed only by models that read foot contacts [foot_contacts_topic],
 *                            default {@code /foot_contacts}
 * @param contactLegs         the legs' order in a foot-contacts message; empty = the model's contact legs in the
 *                            model's order (default); may name legs the model does not read (their values are
 *                            ignored); an error for a model without contact channels [contact_legs]
 */
public record PolicyNodeConfig(Path model, String robot, List<String> jointOrder, String jointStatesTopic,
                               String imuTopic, String commandTopic, CommandFormat commandFormat,
                               String diagnosticsTopic, Qos inputQos, double rateHz, Trigger trigger,
                               OptionalLong seed, boolean plastic, long freezeAfterSteps,
                               double staleTimeoutSeconds, double staleResetSeconds, double maxStepRad,
                               int diagnosticsEverySteps, String footContactsTopic, List<String> contactLegs) {

    /** What starts a control step. */
    public enum Trigger {
        TIMER, JOINT_STATES;

        static Trigger fromId(String id) {
            return switch (id) {
                case "timer" -> TIMER;
                case "joint_states" -> JOINT_STATES;
                default -> throw new IllegalArgumentException("unknown trigger '" + id + "'; expected timer or joint_states");
            };
        }
    }

    /** Default {@link #maxStepRad}, radians per step. */
    public static final double DEFAULT_MAX_STEP_RAD = 0.1;
    /** Default {@link #staleResetSeconds}, seconds. */
    public static final double DEFAULT_STALE_RESET_S = 1.0;

    /** The YAML parameter names this node accepts. */
    public static final Set<String> NAMES = Set.of("model", "robot", "joint_order", "joint_states_topic", "imu_topic",
            "command_topic", "command_type", "diagnostics_topic", "input_qos", "rate_hz", "trigger", "seed",
            "plasticity", "freeze_after_steps", "stale_timeout_s", "stale_reset_s", "max_step_rad",
            "diagnostics_every_steps", "foot_contacts_topic", "contact_legs");

    public PolicyNodeConfig {
        jointOrder = List.copyOf(jointOrder);
        contactLegs = List.copyOf(contactLegs);
        if (!(rateHz >= 0) || !Double.isFinite(rateHz)) {
            throw new ParameterException("parameter 'rate_hz' must be >= 0 (0 = model's rate), got " + rateHz);
        }
        if (freezeAfterSteps < 0) {
            throw new ParameterException("parameter 'freeze_after_steps' must be >= 0, got " + freezeAfterSteps);
        }
        if (!(staleTimeoutSeconds > 0) || !Double.isFinite(staleTimeoutSeconds)) {
            throw new ParameterException("parameter 'stale_timeout_s' must be > 0 s, got " + staleTimeoutSeconds);
        }
        if (!(staleResetSeconds >= 0) || !Double.isFinite(staleResetSeconds)) {
            throw new ParameterException("parameter 'stale_reset_s' must be >= 0 s (0 = reset on every gap), got "
                    + staleResetSeconds);
        }
        if (!(maxStepRad >= 0)) {
            throw new ParameterException("parameter 'max_step_rad' must be >= 0 (0 = no limit), got " + maxStepRad);
        }
        if (diagnosticsEverySteps <= 0) {
            throw new ParameterException("parameter 'diagnostics_every_steps' must be > 0, got " + diagnosticsEverySteps);
        }
    }

    /** Reads and validates the parameters; unknown names are errors. */
    public static PolicyNodeConfig from(Parameters p) {
        p.requireKnown(NAMES);
        long seed = p.integer("seed", -1);
        try {
            return new PolicyNodeConfig(Path.of(p.requireString("model")), p.string("robot", ""),
                    p.strings("joint_order"), p.string("joint_states_topic", "/joint_states"),
                    p.string("imu_topic", "/imu/data"),
                    p.string("command_topic", "/forward_position_controller/commands"),
                    CommandFormat.fromId(p.string("command_type", "float64_multi_array")),
                    p.string("diagnostics_topic", "/hebbian_policy/diagnostics"),
                    Qos.fromId(p.string("input_qos", "reliable")), p.number("rate_hz", 0),
                    Trigger.fromId(p.string("trigger", "timer")),
                    seed < 0 ? OptionalLong.empty() : OptionalLong.of(seed), p.bool("plasticity", true),
                    p.integer("freeze_after_steps", 0), p.number("stale_timeout_s", 0.1),
                    p.number("stale_reset_s", DEFAULT_STALE_RESET_S), p.number("max_step_rad", DEFAULT_MAX_STEP_RAD),
                    (int) p.integer("diagnostics_every_steps", 20), p.string("foot_contacts_topic", "/foot_contacts"),
                    p.strings("contact_legs"));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(e.getMessage(), e);
        }
    }

    /** Defaults for {@code model}, as a starting point for tests and {@code sim-run}. */
    public static PolicyNodeConfig defaults(Path model) {
        return from(Parameters.empty().with("model", model.toString()));
    }

    public long staleTimeoutNanos() {
        return Math.round(staleTimeoutSeconds * 1e9);
    }

    public long staleResetNanos() {
        return Math.round(staleResetSeconds * 1e9);
    }
}
