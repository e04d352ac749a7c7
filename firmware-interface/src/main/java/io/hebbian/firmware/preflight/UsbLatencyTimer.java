package io.hebbian.firmware.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The FTDI USB latency timer of a serial port, from Linux sysfs
 * ({@code <sysfs>/bus/usb-serial/devices/<tty>/latency_timer}, milliseconds): an FTDI adapter holds a
 * short reply for up to this long before passing it to the host (default 16 ms).
 *
 * @param tty       the port's kernel name, e.g. {@code ttyUSB0} (symlinks resolved); empty without a port path
 * @param file      the sysfs file
 * @param millis    the timer, ms; empty if the port is not an FTDI (usb-serial) adapter or it is unreadable
 * @param readError why an existing file could not be read; empty otherwise
 */
public record UsbLatencyTimer(String tty, Path file, OptionalInt millis, String readError) {

    /** Reads the latency timer of {@code port} under {@code sysfsRoot} (normally {@code /sys}). */
    public static UsbLatencyTimer read(Path sysfsRoot, String port) {
        String tty = ttyName(port);
        Path file = sysfsRoot.resolve("bus/usb-serial/devices").resolve(tty).resolve("latency_timer");
        if (!Files.exists(file)) {
            return new UsbLatencyTimer(tty, file, OptionalInt.empty(), "");
        }
        try {
            return new UsbLatencyTimer(tty, file, OptionalInt.of(Integer.parseInt(Files.readString(file).strip())), "");
        } catch (IOException | NumberFormatException e) {
            return new UsbLatencyTimer(tty, file, OptionalInt.empty(), e.toString());
        }
    }

    /** The kernel name of a port path: {@code /dev/serial/by-id/...} or any symlink resolved, e.g. {@code ttyUSB0}. */
    static String ttyName(String port) {
        if (port.isBlank()) {
            return "";
        }
        Path p = Path.of(port);
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            // a port that does not exist: its own name
        }
        Path name = p.getFileName();
        return name == null ? port : name.toString();
    }

    /** The finding: OK at 1 ms or for a non-FTDI adapter, WARN above 1 ms with the command that fixes it. */
    Finding finding() {
        if (tty.isEmpty()) {
            return Finding.ok("usb latency", "no port path (not a serial adapter): not checked");
        }
        if (!readError.isEmpty()) {
            return Finding.warn("usb latency", file + " exists but cannot be read (" + readError + ")");
        }
        if (millis.isEmpty()) {
            return Finding.ok("usb latency", "not an FTDI adapter (" + tty + " has no " + file.getFileName()
                    + " in sysfs): nothing to set");
        }
        int ms = millis.getAsInt();
        if (ms <= 1) {
            return Finding.ok("usb latency", String.format(Locale.ROOT, "%s latency_timer %d ms", tty, ms));
        }
        return Finding.warn("usb latency", String.format(Locale.ROOT, "%s latency_timer %d ms adds up to %d ms to "
                + "every read (cycle >= %d ms, <= %.0f Hz); fix: echo 1 | sudo tee %s (or a udev rule)",
                tty, ms, ms, ms, 1000.0 / ms, file));
    }
}
