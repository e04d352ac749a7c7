package io.hebbian.sim.robot;

import java.io.IOException;

/**
 * A robot file that cannot be used. The message names the file and the element, e.g.
 * {@code my.urdf: joint 'lf_knee_joint': revolute joint needs <limit lower upper effort velocity>}.
 */
public final class RobotFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public RobotFormatException(String message) {
        super(message);
    }

    public RobotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
