package io.hebbian.controller.spec;

import java.util.List;

/**
 * Turns joint-state and IMU readings (and foot contacts, where the spec reads them) into the network
 * input described by an {@link ObservationSpec}.
 * The same builder runs in simulation and on the robot. Allocation-free after construction. The
 * heading channels remember the yaw of the first reading after construction or {@link #reset()};
 * call {@code reset()} when an episode or a run on the robot starts.
 */
public final class ObservationBuilder {

    private final ObservationSpec spec;
    private final ObservationChannel.Source[] sources;
    private final int[] index;
    private final double[] scale;
    private final double[] lower;
    private final double[] range;
    private final double[] gravity = new double[3];
    private final boolean hasHeading;
    private int contactsNeeded;
    private double referenceYaw = Double.NaN;

    private static final double[] NO_CONTACTS = new double[0];

    /**
     * A builder for a robot interface without contact sensing.
     *
     * @param spec       the observation spec
     * @param jointOrder the order of joints in the {@link JointStateSample}s this builder will read
     * @throws IllegalArgumentException if a channel names a joint that is not in {@code jointOrder}, or
     *                                  reads a foot contact
     */
    public ObservationBuilder(ObservationSpec spec, List<String> jointOrder) {
        this(spec, jointOrder, List.of());
    }

    /**
     * @param spec       the observation spec
     * @param jointOrder the order of joints in the {@link JointStateSample}s this builder will read
     * @param legOrder   the order of legs in the contact arrays passed to
     *                   {@link #build(JointStateSample, ImuSample, double[], double[])}; empty if the robot
     *                   interface senses no contacts
     * @throws IllegalArgumentException if a channel names a joint not in {@code jointOrder} or a leg not in
     *                                  {@code legOrder}
     */
    public ObservationBuilder(ObservationSpec spec, List<String> jointOrder, List<String> legOrder) {
        this.spec = spec;
        int n = spec.size();
        sources = new ObservationChannel.Source[n];
        index = new int[n];
        scale = new double[n];
        lower = new double[n];
        range = new double[n];
        boolean heading = false;
        for (int k = 0; k < n; k++) {
            ObservationChannel c = spec.channels().get(k);
            heading |= c.source() == ObservationChannel.Source.HEADING;
            sources[k] = c.source();
            scale[k] = c.scale();
            lower[k] = c.lowerRad();
            range[k] = c.upperRad() - c.lowerRad();
            if (c.source().isJoint()) {
                index[k] = jointOrder.indexOf(c.joint());
                if (index[k] < 0) {
                    throw new IllegalArgumentException("observation channel " + c.name() + " reads joint '"
                            + c.joint() + "', which the robot does not have; robot joints: " + jointOrder);
                }
            } else if (c.source() == ObservationChannel.Source.FOOT_CONTACT) {
                index[k] = legOrder.indexOf(c.joint());
                if (index[k] < 0) {
                    throw new IllegalArgumentException("observation channel " + c.name() + " reads the foot contact of leg '"
                            + c.joint() + "', which this robot interface does not sense"
                            + (legOrder.isEmpty() ? " (it has no contact sensing)" : "; legs with contacts: " + legOrder));
                }
                contactsNeeded = Math.max(contactsNeeded, index[k] + 1);
            } else {
                index[k] = c.axis();
            }
        }
        hasHeading = heading;
    }

    /** Forgets the heading reference: the next reading's yaw becomes "straight ahead". */
    public void reset() {
        referenceYaw = Double.NaN;
    }

    public ObservationSpec spec() {
        return spec;
    }

    public int size() {
        return sources.length;
    }

    /**
     * Builds one observation.
     *
     * @param joints joint state in the builder's joint order (Not modified)
     * @param imu    IMU reading (Not modified)
     * @param out    receives the clipped observation, length {@link #size()} (Modified)
     * @return false, leaving {@code out} unspecified, if an input value is not finite
     */
    public boolean build(JointStateSample joints, ImuSample imu, double[] out) {
        return build(joints, imu, NO_CONTACTS, out);
    }

    /**
     * Builds one observation, with foot contacts.
     *
     * @param joints   joint state in the builder's joint order (Not modified)
     * @param imu      IMU reading (Not modified)
     * @param contacts 1 (touching) or 0 per leg in the builder's leg order (Not modified)
     * @param out      receives the clipped observation, length {@link #size()} (Modified)
     * @return false, leaving {@code out} unspecified, if an input value is not finite
     */
    public boolean build(JointStateSample joints, ImuSample imu, double[] contacts, double[] out) {
        if (contacts.length < contactsNeeded) {
            throw new IllegalArgumentException("the spec reads " + contactsNeeded + " foot contacts, got "
                    + contacts.length);
        }
        if (!joints.isFinite() || !imu.isFinite()) {
            return false;
        }
        gravityInBody(imu.orientationWxyz, gravity);
        double turn = 0;
        if (hasHeading) {
            double yaw = yaw(imu.orientationWxyz);
            if (Double.isNaN(referenceYaw)) {
                referenceYaw = yaw;
            }
            turn = yaw - referenceYaw;
        }
        double clip = spec.clip();
        for (int k = 0; k < sources.length; k++) {
            double v = switch (sources[k]) {
                case JOINT_POSITION -> 2.0 * (joints.positionRad[index[k]] - lower[k]) / range[k] - 1.0;
                case JOINT_VELOCITY -> joints.velocityRadPerSec[index[k]];
                case GRAVITY -> gravity[index[k]];
                case GYRO -> imu.angularVelocityRadPerSec[index[k]];
                case ACCEL -> imu.linearAccelerationMps2[index[k]];
                case HEADING -> index[k] == 0 ? StrictMath.sin(turn) : StrictMath.cos(turn);
                case FOOT_CONTACT -> contacts[index[k]];
            };
            out[k] = Math.max(-clip, Math.min(clip, v * scale[k]));
        }
        return true;
    }

    /**
     * The yaw (rotation about the world's vertical) of orientation {@code q = (w, x, y, z)}, radians in
     * (−π, π]: the heading of the frame's x axis projected on the ground, ZYX convention.
     */
    public static double yaw(double[] q) {
        double w = q[0];
        double x = q[1];
        double y = q[2];
        double z = q[3];
        return StrictMath.atan2(2.0 * (w * z + x * y), w * w + x * x - y * y - z * z);
    }

    /**
     * The unit gravity direction (0, 0, -1) of the world expressed in the body frame, given the
     * body's orientation {@code q = (w, x, y, z)} in the world: {@code g_body = Rᵀ·(0, 0, -1)}.
     *
     * @param q   orientation, need not be normalised (Not modified)
     * @param out receives the direction (Modified)
     */
    public static void gravityInBody(double[] q, double[] out) {
        double n = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
        double w = q[0] / n;
        double x = q[1] / n;
        double y = q[2] / n;
        double z = q[3] / n;
        out[0] = -2.0 * (x * z - w * y);
        out[1] = -2.0 * (y * z + w * x);
        out[2] = -(1.0 - 2.0 * (x * x + y * y));
    }
}
