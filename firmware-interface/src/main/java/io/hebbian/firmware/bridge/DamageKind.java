package io.hebbian.firmware.bridge;

/** Kinds of injected joint damage (names as in the simulator's damage language). */
public enum DamageKind {
    /** Hold the joint at the angle it had when the damage was injected. */
    LOCK,
    /** Limit output to a fraction of full strength (Dynamixel Goal PWM, Feetech torque limit). */
    WEAK,
    /** Torque off for this joint only. */
    LIMP
}
