package io.hebbian.firmware.bridge;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.firmware.bus.BusCounters;
import java.util.List;

/**
 * A snapshot of the bridge for monitoring.
 *
 * @param state            current mode
 * @param lastOutcome      what the safety gate did to the last command (null before the first)
 * @param commandsSent     commands written to the bus
 * @param commandsDropped  commands refused (not enabled, e-stopped, disconnected, non-finite before any safe one)
 * @param watchdogTrips    times the software watchdog expired
 * @param reconnects       successful reconnections
 * @param damage           active damage items, e.g. {@code lock:lf_knee_joint}
 * @param lastError        last bus error message, empty if none
 * @param bus              the bus error counters
 */
public record BridgeStatus(BridgeState state, GateOutcome lastOutcome, long commandsSent, long commandsDropped,
        long watchdogTrips, long reconnects, List<String> damage, String lastError, BusCounters bus) {
    public BridgeStatus {
        damage = List.copyOf(damage);
    }
}
