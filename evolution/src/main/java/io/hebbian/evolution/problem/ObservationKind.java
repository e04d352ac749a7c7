package io.hebbian.evolution.problem;

import io.hebbian.controller.spec.ObservationSpec;
import java.util.Locale;

/** Which network input a training problem gives the policy. */
public enum ObservationKind {
    /**
     * What a robot measures: {@link ObservationSpec#standard} (joint encoders, gravity direction, gyro), with the
     * heading and foot contacts where the problem asks for them.
     */
    ROBOT,
    /**
     * pybullet's AntBulletEnv input ({@link ObservationSpec#paper}): it includes privileged body height and
     * velocity, so such a model runs only in simulation.
     */
    PAPER;

    /** The id in files and on the command line: {@code robot} or {@code paper}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of {@code id}; IllegalArgumentException naming both ids otherwise. */
    public static ObservationKind fromId(String id) {
        for (ObservationKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown observation '" + id + "'; expected robot or paper");
    }
}
