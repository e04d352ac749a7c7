package io.hebbian.firmware.feetech;

/** Feetech STS3215 control-table addresses used here (SCS uses the same addresses for these items). */
public final class StsControlTable {
    public static final int MODEL_NUMBER = 3;
    public static final int ID = 5;
    /** Return delay: 1 byte, unit 2 us (STS3215 default 0). */
    public static final int RETURN_DELAY = 7;
    public static final int RETURN_DELAY_UNIT_MICROS = 2;
    public static final int TORQUE_ENABLE = 40;
    public static final int GOAL_POSITION = 42;
    /** Torque limit, 2 bytes, 0..1000 = 0..100 %. */
    public static final int TORQUE_LIMIT = 48;
    public static final int PRESENT_POSITION = 56;
    /** Present velocity, 2 bytes sign-magnitude (bit 15), steps/s. */
    public static final int PRESENT_VELOCITY = 58;
    /** Present voltage, 1 byte, unit 0.1 V; present temperature (63) follows it, 1 byte, degrees C. */
    public static final int PRESENT_VOLTAGE = 62;
    public static final int PRESENT_TEMPERATURE = 63;
    public static final int SIZE = 128;
    public static final int TORQUE_LIMIT_MAX = 1000;
    public static final int MODEL_STS3215 = 777;

    private StsControlTable() {
    }
}
