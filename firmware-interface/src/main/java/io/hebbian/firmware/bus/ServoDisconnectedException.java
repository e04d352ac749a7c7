package io.hebbian.firmware.bus;

/**
 * The serial adapter is gone (reads return -1 while the port still claims to be open). Call
 * {@link ServoBus#reconnect()} until it returns true.
 */
public final class ServoDisconnectedException extends ServoException {
    private static final long serialVersionUID = 1L;

    public ServoDisconnectedException(String message) {
        super(message);
    }
}
