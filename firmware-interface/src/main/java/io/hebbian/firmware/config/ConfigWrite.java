package io.hebbian.firmware.config;

import java.nio.file.Path;

/**
 * Where {@link ServoConfigWriter} wrote calibrated values, and how.
 *
 * @param file       the file written
 * @param layoutKept true if it is the original text with only the calibrated numbers changed (comments kept);
 *                   false if it was generated from the parsed config (comments and layout not kept) into a new file
 * @param problem    when {@code layoutKept} is false: why the original could not be edited in place; else empty
 */
public record ConfigWrite(Path file, boolean layoutKept, String problem) {
}
