package io.hebbian.firmware.bus;

/** A servo bus operation failed: a servo reported an error, or the line is unusable. */
public class ServoException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServoException(String message) {
        super(message);
    }

    public ServoException(String message, Throwable cause) {
        super(message, cause);
    }
}
