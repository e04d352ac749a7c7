package io.hebbian.controller.spec;

import java.util.Locale;

/**
 * One named network input, computed from a joint-state or IMU reading (or, for the privileged sources,
 * from simulator state a robot cannot measure).
 *
 * <ul>
 *   <li>{@code joint_position}: {@code 2(q - mid)/(upper - lower)}, i.e. [-1, 1] within the limits, times scale;</li>
 *   <li>{@code joint_velocity}: rad/s times scale;</li>
 *   <li>{@code gravity}: component {@code axis} of the unit gravity direction in the body frame
 *       (from the IMU quaternion; (0, 0, -1) when level), times scale;</li>
 *   <li>{@code gyro}: angular velocity component {@code axis}, rad/s, times scale;</li>
 *   <li>{@code accel}: linear acceleration component {@code axis}, m/s², times scale;</li>
 *   <li>{@code heading}: the turn since the start, from the IMU orientation's yaw: {@code axis} 0 is
 *       sin(yaw − yaw₀), 1 is cos(yaw − yaw₀), with yaw₀ the yaw at the first reading after
 *       {@link ObservationBuilder#reset()} (the paper's angle-to-target input, with the target straight
 *       ahead at the start), times scale;</li>
 *   <li>{@code foot_contact}: 1 if leg {@code joint} (here a leg name) touched the ground during the last
 *       control step, else 0, times scale. A robot needs foot switches (or contact estimated from servo
 *       load) to provide it; robot interfaces that have none refuse such a spec when they start.</li>
 *   <li>{@code roll}, {@code pitch}: the IMU orientation's roll (about x) and pitch (about y), radians, ZYX
 *       Euler angles as pybullet's {@code getEulerFromQuaternion}, times scale;</li>
 *   <li>{@code body_height} (<b>privileged</b>): the torso's height minus its height at the first reading after
 *       {@link ObservationBuilder#reset()}, metres, times scale;</li>
 *   <li>{@code body_velocity} (<b>privileged</b>): component {@code axis} of the torso's linear velocity in the
 *       world, rotated by minus the IMU yaw (heading-aligned, not tilted), m/s, times scale.</li>
 * </ul>
 * Privileged sources ({@link Source#isPrivileged()}) come from the simulator's {@link BodySample}; a real robot
 * cannot measure them, so every robot-side node refuses a spec that reads one.
 *
 * @param name     channel name, e.g. {@code joint_pos/hip_1}
 * @param source   what is measured
 * @param joint    the joint name for joint sources, the leg name for {@code foot_contact}, else empty
 * @param axis     0, 1 or 2 for IMU sources and body_velocity (x, y, z), 0 (sin) or 1 (cos) for heading, else -1
 * @param scale    multiplier applied after conversion
 * @param lowerRad joint lower limit (joint_position only, else 0)
 * @param upperRad joint upper limit (joint_position only, else 0)
 */
public record ObservationChannel(String name, Source source, String joint, int axis, double scale,
                                 double lowerRad, double upperRad) {

    /** What a channel measures. */
    public enum Source {
        JOINT_POSITION, JOINT_VELOCITY, GRAVITY, GYRO, ACCEL, HEADING, FOOT_CONTACT, ROLL, PITCH, BODY_HEIGHT,
        BODY_VELOCITY;

        /** The id in files: {@code joint_position}, {@code gravity}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source fromId(String id) {
            for (Source s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown observation source '" + id
                    + "'; expected joint_position, joint_velocity, gravity, gyro, accel, heading, foot_contact, roll, "
                    + "pitch, body_height or body_velocity");
        }

        /** Simulator state a real robot cannot measure: body_height and body_velocity. */
        public boolean isPrivileged() {
            return this == BODY_HEIGHT || this == BODY_VELOCITY;
        }

        /** Sources read without a joint, a leg or an axis: roll, pitch, body_height. */
        public boolean isScalar() {
            return this == ROLL || this == PITCH || this == BODY_HEIGHT;
        }

        public boolean isJoint() {
            return this == JOINT_POSITION || this == JOINT_VELOCITY;
        }
    }

    private static final String[] AXES = {"x", "y", "z"};

    public ObservationChannel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("observation channel needs a name");
        }
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("channel " + name + ": scale must be finite, got " + scale);
        }
        if (source.isJoint()) {
            if (joint == null || joint.isBlank()) {
                throw new IllegalArgumentException("channel " + name + ": source " + source.id() + " needs a joint");
            }
            axis = -1;
        } else if (source == Source.FOOT_CONTACT) {
            if (joint == null || joint.isBlank()) {
                throw new IllegalArgumentException("channel " + name + ": source foot_contact needs a leg");
            }
            axis = -1;
        } else if (source == Source.HEADING) {
            if (axis < 0 || axis > 1) {
                throw new IllegalArgumentException("channel " + name + ": heading axis must be 0 (sin) or 1 (cos), got "
                        + axis);
            }
            joint = "";
        } else if (source.isScalar()) {
            axis = -1;
            joint = "";
        } else {
            if (axis < 0 || axis > 2) {
                throw new IllegalArgumentException("channel " + name + ": axis must be 0, 1 or 2, got " + axis);
            }
            joint = "";
        }
        if (source == Source.JOINT_POSITION && !(upperRad > lowerRad)) {
            throw new IllegalArgumentException("channel " + name + ": need lower < upper, got ["
                    + lowerRad + ", " + upperRad + "]");
        }
    }

    public static ObservationChannel jointPosition(JointLimits joint) {
        return new ObservationChannel("joint_pos/" + joint.name(), Source.JOINT_POSITION, joint.name(), -1, 1.0,
                joint.lowerRad(), joint.upperRad());
    }

    public static ObservationChannel jointVelocity(String joint, double scale) {
        return new ObservationChannel("joint_vel/" + joint, Source.JOINT_VELOCITY, joint, -1, scale, 0, 0);
    }

    /** {@code heading/sin} (component 0) or {@code heading/cos} (component 1), scale 1. */
    public static ObservationChannel heading(int component) {
        return new ObservationChannel(component == 0 ? "heading/sin" : "heading/cos", Source.HEADING, "", component,
                1.0, 0, 0);
    }

    /** {@code foot_contact/<leg>}, scale 1: 1 while the leg touches the ground, else 0. */
    public static ObservationChannel footContact(String leg) {
        return new ObservationChannel("foot_contact/" + leg, Source.FOOT_CONTACT, leg, -1, 1.0, 0, 0);
    }

    /**
     * A channel without joint, leg or axis ({@code roll}, {@code pitch}, {@code body_height}), named by its source.
     */
    public static ObservationChannel scalar(Source source, double scale) {
        if (!source.isScalar()) {
            throw new IllegalArgumentException("source " + source.id() + " needs a joint, a leg or an axis");
        }
        return new ObservationChannel(source.id(), source, "", -1, scale, 0, 0);
    }

    /** Component {@code axis} (0 x, 1 y, 2 z) of an IMU source or of {@code body_velocity}, times {@code scale}. */
    public static ObservationChannel imu(Source source, int axis, double scale) {
        return new ObservationChannel(source.id() + "/" + AXES[axis], source, "", axis, scale, 0, 0);
    }
}
