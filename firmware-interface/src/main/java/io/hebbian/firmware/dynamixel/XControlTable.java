package io.hebbian.firmware.dynamixel;

/** Dynamixel X-series control-table addresses and sizes (bytes) used here (e-manual, XM430). */
public final class XControlTable {
    public static final int MODEL_NUMBER = 0;
    public static final int ID = 7;
    public static final int BAUD_RATE = 8;
    /** Return Delay Time: 1 byte, unit 2 us, default 250 (500 us); EEPROM (write with torque off). */
    public static final int RETURN_DELAY_TIME = 9;
    /** Return Delay Time unit, microseconds. */
    public static final int RETURN_DELAY_UNIT_MICROS = 2;
    public static final int OPERATING_MODE = 11;
    public static final int PWM_LIMIT = 36;
    public static final int TORQUE_ENABLE = 64;
    public static final int HARDWARE_ERROR_STATUS = 70;
    /** Bus Watchdog: 1 byte, unit 20 ms, 1..127, 0 off; reads -1 (0xFF) after it expired. */
    public static final int BUS_WATCHDOG = 98;
    /** Goal PWM: 2 bytes, 0..PWM limit (885 = 100 %). */
    public static final int GOAL_PWM = 100;
    public static final int GOAL_POSITION = 116;
    public static final int PRESENT_VELOCITY = 128;
    public static final int PRESENT_POSITION = 132;
    /** Present Input Voltage: 2 bytes, unit 0.1 V; Present Temperature (146) follows it: 1 byte, degrees C. */
    public static final int PRESENT_INPUT_VOLTAGE = 144;
    public static final int PRESENT_TEMPERATURE = 146;
    /** Size of the table the emulator keeps. */
    public static final int SIZE = 256;
    /** Goal PWM at 100 % (XM430 PWM limit default). */
    public static final int PWM_MAX = 885;
    /** Bus Watchdog unit, milliseconds. */
    public static final int BUS_WATCHDOG_UNIT_MILLIS = 20;

    private XControlTable() {
    }

    /** Dynamixel baud-rate register value for a rate in bits/s; -1 if not one of the table's rates. */
    public static int baudCode(int baud) {
        int[] rates = {9_600, 57_600, 115_200, 1_000_000, 2_000_000, 3_000_000, 4_000_000, 4_500_000};
        for (int k = 0; k < rates.length; k++) {
            if (rates[k] == baud) {
                return k;
            }
        }
        return -1;
    }
}
