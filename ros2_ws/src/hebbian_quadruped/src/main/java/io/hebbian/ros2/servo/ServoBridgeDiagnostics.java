package io.hebbian.ros2.servo;

import io.hebbian.firmware.bridge.BridgeState;
import io.hebbian.firmware.bridge.BridgeStatus;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bus.BusCounters;
import io.hebbian.firmware.bus.ServoTelemetry;
import io.hebbian.ros2.msg.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The servo bridge node's health message: state, torque and watchdog, achieved cycle rate, command and bus
 * counters, per-servo error counts, temperatures and voltages (where the protocol has them), faults and
 * the last pre-flight result. Every value is one short field (the keys are listed in docs/ros2.md).
 */
final class ServoBridgeDiagnostics {

    static final String NAME = "hebbian_servo_bridge";

    /**
     * The node's own counters.
     *
     * @param cycleRateHz achieved tick rate over the last diagnostics window, Hz (NaN before the first window)
     */
    record NodeCounters(double cycleRateHz, long readFailures, long commandsRejected, long commandsWrongLength,
                        String lastEvent, String preflight) {
    }

    private ServoBridgeDiagnostics() {
    }

    /** @param stampNanos header stamp, ROS time */
    static Diagnostics build(ServoBridge bridge, List<String> joints, ServoBridgeConfig config, NodeCounters n,
                             long stampNanos) {
        BridgeStatus s = bridge.status();
        BridgeState state = s.state();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("state", lower(state));
        v.put("torque", torqueOn(state) ? "on" : "off");
        v.put("watchdog", switch (state) {
            case WATCHDOG_HOLD -> "tripped_hold";
            case WATCHDOG_TORQUE_OFF -> "tripped_torque_off";
            case ACTIVE, MOVING_TO_START -> "armed";
            default -> "idle";
        });
        v.put("watchdog_timeout_s", num(config.watchdogTimeoutSeconds()));
        v.put("watchdog_trips", Long.toString(s.watchdogTrips()));
        v.put("hardware_watchdog_ms", Integer.toString(bridge.settings().hardwareWatchdogMillis()));
        v.put("rate_hz", num(config.rateHz()));
        v.put("cycle_rate_hz", num(n.cycleRateHz()));
        v.put("read_failures", Long.toString(n.readFailures()));
        v.put("commands_sent", Long.toString(s.commandsSent()));
        v.put("commands_dropped", Long.toString(s.commandsDropped()));
        v.put("commands_rejected", Long.toString(n.commandsRejected()));
        v.put("commands_wrong_length", Long.toString(n.commandsWrongLength()));
        v.put("last_gate", s.lastOutcome() == null ? "none" : lower(s.lastOutcome()));
        v.put("reconnects", Long.toString(s.reconnects()));
        v.put("damage", String.join(", ", s.damage()));
        v.put("faults", String.join("; ", s.faults()));
        v.put("last_error", s.lastError());
        v.put("preflight", n.preflight());
        bus(v, s.bus());
        perServo(v, bridge, joints);
        Diagnostics.Level level = switch (state) {
            case ACTIVE, MOVING_TO_START -> Diagnostics.Level.OK;
            case IDLE -> Diagnostics.Level.STALE;
            case WATCHDOG_HOLD, WATCHDOG_TORQUE_OFF, ESTOPPED -> Diagnostics.Level.WARN;
            case FAULT, DISCONNECTED, CLOSED -> Diagnostics.Level.ERROR;
        };
        String message = s.faults().isEmpty() ? n.lastEvent() : s.lastError();
        return new Diagnostics(stampNanos, NAME, level, message, v);
    }

    private static void bus(Map<String, String> v, BusCounters c) {
        v.put("bus_transactions", Long.toString(c.transactions()));
        v.put("bus_timeouts", Long.toString(c.timeouts()));
        v.put("bus_checksum_errors", Long.toString(c.checksumErrors()));
        v.put("bus_framing_errors", Long.toString(c.framingErrors()));
        v.put("bus_discarded_bytes", Long.toString(c.discardedBytes()));
        v.put("bus_status_errors", Long.toString(c.statusErrors()));
        v.put("bus_alerts", Long.toString(c.alerts()));
        v.put("bus_disconnects", Long.toString(c.disconnects()));
    }

    private static void perServo(Map<String, String> v, ServoBridge bridge, List<String> joints) {
        long[] errors = bridge.errorsPerJoint();
        for (int k = 0; k < joints.size(); k++) {
            v.put(joints.get(k) + "_errors", Long.toString(errors[k]));
        }
        List<ServoTelemetry> t = bridge.readTelemetry();
        for (int k = 0; k < t.size() && k < joints.size(); k++) {
            v.put(joints.get(k) + "_temperature_c", num(t.get(k).temperatureC()));
            v.put(joints.get(k) + "_voltage_v", num(t.get(k).voltageV()));
        }
    }

    static boolean torqueOn(BridgeState s) {
        return s == BridgeState.ACTIVE || s == BridgeState.MOVING_TO_START || s == BridgeState.WATCHDOG_HOLD;
    }

    private static String num(double x) {
        return Double.isNaN(x) ? "nan" : String.format(Locale.ROOT, "%.4g", x);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
