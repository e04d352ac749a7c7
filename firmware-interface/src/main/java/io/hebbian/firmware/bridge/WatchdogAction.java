package io.hebbian.firmware.bridge;

/** What the bridge does when no fresh command arrived within the watchdog timeout. */
public enum WatchdogAction {
    /** Command the measured (or last safe) positions once: the robot stops where it is, stiff. */
    HOLD,
    /** Disable torque on all joints: the robot goes limp. Needs {@link ServoBridge#enable} to recover. */
    TORQUE_OFF
}
