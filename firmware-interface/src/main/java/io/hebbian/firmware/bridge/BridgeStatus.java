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
 * @param commandsDropped  commands not sent: not enabled, e-stopped, faulted, disconnected, or non-finite
 *                         (held or rejected by the gate; these do not feed the watchdog)
 * @param watchdogTrips    times the software watchdog expired
 * @param reconnects       successful reconnections
 * @param damage           active damage items, e.g. {@code lock:lf_knee_joint}
 * @param lastError        last bus error message, empty if none
 * @param bus              the bus error counters
 * @param faults           the servo faults that put the bridge in {@link BridgeState#FAULT}, one line each;
 *                         empty if none since the last {@link ServoBridge#enable}
 */
public record BridgeStatus(BridgeState state, GateOutcome lastOutcome, long commandsSent, long commandsDropped,
        long watchdogTrips, long reconnects, List<String> damage, String lastError, BusCounters bus,
        List<String> faults) {
    public BridgeStatus {
        damage = List.copyOf(damage);
        faults = List.copyOf(faults);
    }
}
