package io.hebbian.replay.trajectory;

import java.io.IOException;

/** A trajectory file that is not valid: wrong format id or version, a missing field, a bad value. */
public final class TrajectoryFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public TrajectoryFormatException(String message) {
        super(message);
    }

    public TrajectoryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
