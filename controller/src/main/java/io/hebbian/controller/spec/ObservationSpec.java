package io.hebbian.controller.spec;

import io.hebbian.controller.spec.ObservationChannel.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered, named network inputs and the clip applied to each (±{@code clip}). Robot specs read only
 * quantities a real robot measures: joint encoders, the IMU and, where the robot has foot switches, foot
 * contacts. The {@link #paper paper} spec also reads privileged simulator state ({@link #privilegedChannels()});
 * it runs only in simulation.
 */
public record ObservationSpec(List<ObservationChannel> channels, double clip) {

    /** Velocity scale of the standard spec (pybullet's 0.1). */
    public static final double JOINT_VELOCITY_SCALE = 0.1;
    /** Gyro scale of the standard spec. */
    public static final double GYRO_SCALE = 0.25;
    /** Accelerometer scale of the standard spec: 1 g → 1. */
    public static final double ACCEL_SCALE = 1.0 / 9.81;
    /** Default clip, as pybullet's locomotion envs. */
    public static final double DEFAULT_CLIP = 5.0;
    /** Scale of the paper spec's body velocity (pybullet's 0.3). */
    public static final double PAPER_VELOCITY_SCALE = 0.3;

    public ObservationSpec {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("an observation spec needs at least one channel");
        }
        if (!(clip > 0)) {
            throw new IllegalArgumentException("observation clip must be positive, got " + clip);
        }
        channels = List.copyOf(channels);
        Set<String> names = new HashSet<>();
        for (ObservationChannel c : channels) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("observation channel '" + c.name() + "' appears twice");
            }
        }
    }

    /**
     * The standard spec: every joint's position, then every joint's velocity, then gravity direction
     * (3) and gyro (3), and the accelerometer (3) if {@code withAccel}. 22 inputs for an 8-joint robot
     * without the accelerometer.
     */
    public static ObservationSpec standard(List<JointLimits> joints, boolean withAccel) {
        return standard(joints, withAccel, false);
    }

    /** {@link #standard(List, boolean)}, then the heading (sin, cos of the turn since the start) if {@code withHeading}. */
    public static ObservationSpec standard(List<JointLimits> joints, boolean withAccel, boolean withHeading) {
        List<ObservationChannel> c = new ArrayList<>();
        for (JointLimits j : joints) {
            c.add(ObservationChannel.jointPosition(j));
        }
        for (JointLimits j : joints) {
            c.add(ObservationChannel.jointVelocity(j.name(), JOINT_VELOCITY_SCALE));
        }
        for (int a = 0; a < 3; a++) {
            c.add(ObservationChannel.imu(Source.GRAVITY, a, 1.0));
        }
        for (int a = 0; a < 3; a++) {
            c.add(ObservationChannel.imu(Source.GYRO, a, GYRO_SCALE));
        }
        if (withAccel) {
            for (int a = 0; a < 3; a++) {
                c.add(ObservationChannel.imu(Source.ACCEL, a, ACCEL_SCALE));
            }
        }
        if (withHeading) {
            c.add(ObservationChannel.heading(0));
            c.add(ObservationChannel.heading(1));
        }
        return new ObservationSpec(c, DEFAULT_CLIP);
    }

    /**
     * pybullet's AntBulletEnv observation (28 values for the Ant), in its order: body height since the start,
     * sin and cos of the angle to a target straight ahead at the start (the heading source: sin scaled by -1,
     * since the angle to the target is minus the turn), 0.3 × body velocity (x, y, z, heading-aligned), roll,
     * pitch; then per joint in action order its scaled position and 0.1 × its velocity, interleaved; then one
     * foot contact per leg of {@code footLegs}; clipped to ±5. Reads privileged state: simulation only.
     *
     * @param joints   joint limits in action order
     * @param footLegs legs in the order of their contact inputs (pybullet: its body order)
     */
    public static ObservationSpec paper(List<JointLimits> joints, List<String> footLegs) {
        List<ObservationChannel> c = new ArrayList<>();
        c.add(ObservationChannel.scalar(Source.BODY_HEIGHT, 1.0));
        c.add(new ObservationChannel("target_angle/sin", Source.HEADING, "", 0, -1.0, 0, 0));
        c.add(new ObservationChannel("target_angle/cos", Source.HEADING, "", 1, 1.0, 0, 0));
        for (int a = 0; a < 3; a++) {
            c.add(ObservationChannel.imu(Source.BODY_VELOCITY, a, PAPER_VELOCITY_SCALE));
        }
        c.add(ObservationChannel.scalar(Source.ROLL, 1.0));
        c.add(ObservationChannel.scalar(Source.PITCH, 1.0));
        for (JointLimits j : joints) {
            c.add(ObservationChannel.jointPosition(j));
            c.add(ObservationChannel.jointVelocity(j.name(), JOINT_VELOCITY_SCALE));
        }
        for (String leg : footLegs) {
            c.add(ObservationChannel.footContact(leg));
        }
        return new ObservationSpec(c, DEFAULT_CLIP);
    }

    public int size() {
        return channels.size();
    }

    /** Names of the channels that read privileged simulator state, in order (empty for a robot spec). */
    public List<String> privilegedChannels() {
        List<String> names = new ArrayList<>();
        for (ObservationChannel c : channels) {
            if (c.source().isPrivileged()) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Whether any channel reads privileged simulator state (then only a simulator can run the spec). */
    public boolean isPrivileged() {
        return !privilegedChannels().isEmpty();
    }

    public List<String> channelNames() {
        List<String> names = new ArrayList<>(channels.size());
        for (ObservationChannel c : channels) {
            names.add(c.name());
        }
        return names;
    }

    /** This spec followed by one {@code foot_contact} channel per leg, in the order given. */
    public ObservationSpec withFootContacts(List<String> legs) {
        List<ObservationChannel> c = new ArrayList<>(channels);
        for (String leg : legs) {
            c.add(ObservationChannel.footContact(leg));
        }
        return new ObservationSpec(c, clip);
    }

    /** Legs whose foot contact the spec reads, in first-use order (empty for most specs). */
    public List<String> contactLegs() {
        List<String> legs = new ArrayList<>();
        for (ObservationChannel c : channels) {
            if (c.source() == Source.FOOT_CONTACT && !legs.contains(c.joint())) {
                legs.add(c.joint());
            }
        }
        return legs;
    }

    /** Joint names the spec reads, in first-use order. */
    public List<String> jointNames() {
        List<String> joints = new ArrayList<>();
        for (ObservationChannel c : channels) {
            if (c.source().isJoint() && !joints.contains(c.joint())) {
                joints.add(c.joint());
            }
        }
        return joints;
    }
}
