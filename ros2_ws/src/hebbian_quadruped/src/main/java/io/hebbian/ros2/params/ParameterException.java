package io.hebbian.ros2.params;

/** A missing, unknown or ill-typed node parameter; the message names the parameter and the bad value. */
public final class ParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }

    public ParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}
