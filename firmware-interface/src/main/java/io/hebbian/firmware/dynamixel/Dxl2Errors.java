package io.hebbian.firmware.dynamixel;

/** Decodes the error byte of a Dynamixel 2.0 status packet: bit 7 alert, bits 0..6 error number. */
public final class Dxl2Errors {

    /** Alert bit: a hardware error is latched; see Hardware Error Status (address 70). */
    public static final int ALERT = 0x80;

    private Dxl2Errors() {
    }

    /** True if the alert bit is set. */
    public static boolean alert(int errorByte) {
        return (errorByte & ALERT) != 0;
    }

    /** The error number (0 = instruction processed). */
    public static int number(int errorByte) {
        return errorByte & 0x7F;
    }

    /** A readable description, e.g. {@code "Data Range Error (0x04), alert"}. */
    public static String describe(int errorByte) {
        int n = number(errorByte);
        String name = switch (n) {
            case 0 -> "OK";
            case 1 -> "Result Fail";
            case 2 -> "Instruction Error";
            case 3 -> "CRC Error";
            case 4 -> "Data Range Error";
            case 5 -> "Data Length Error";
            case 6 -> "Data Limit Error";
            case 7 -> "Access Error";
            default -> "Unknown Error";
        };
        return name + String.format(" (0x%02X)", n) + (alert(errorByte) ? ", alert (hardware error latched)" : "");
    }

    /** Hardware Error Status (address 70) bits as text. */
    public static String describeHardware(int status) {
        StringBuilder b = new StringBuilder();
        String[] names = {"input voltage", "?", "overheating", "motor encoder", "electrical shock", "overload"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((status & (1 << bit)) != 0) {
                b.append(b.length() == 0 ? "" : ", ").append(names[bit]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
