package io.hebbian.firmware.bridge;

/** The bridge's mode. Only {@link #MOVING_TO_START}, {@link #ACTIVE} and {@link #WATCHDOG_HOLD} accept commands. */
public enum BridgeState {
    /** Not enabled yet, or torque was turned off after a reconnect: call {@link ServoBridge#enable}. */
    IDLE,
    /**
     * Torque on, moving from the pose measured at enable to the latest command at the bounded start speed
     * ({@link BridgeSettings#startSpeedRadPerSec()}); commands set the target, {@link ServoBridge#tick} moves the
     * goals, checks every servo's fault registers and the position error. Then {@link #ACTIVE}.
     */
    MOVING_TO_START,
    /** Commands pass the gate to the servos. */
    ACTIVE,
    /** The watchdog expired and positions are held; the next command resumes. */
    WATCHDOG_HOLD,
    /** The watchdog expired and torque is off; call {@link ServoBridge#enable}. */
    WATCHDOG_TORQUE_OFF,
    /** E-stop latched: torque off, commands dropped until {@link ServoBridge#enable}. */
    ESTOPPED,
    /**
     * A servo reported a latched fault (hardware error status, expired bus watchdog): torque is off and
     * commands are dropped; see {@link BridgeStatus#faults()}. Call {@link ServoBridge#enable} (after a
     * REBOOT for a hardware error).
     */
    FAULT,
    /** The adapter vanished; {@link ServoBridge#tick} tries to reconnect, then goes {@link #IDLE}. */
    DISCONNECTED,
    /** Closed: torque off, port closed. */
    CLOSED
}
