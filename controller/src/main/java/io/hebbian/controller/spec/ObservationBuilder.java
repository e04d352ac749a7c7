package io.hebbian.controller.spec;

import java.util.List;

/**
 * Turns joint-state and IMU readings (and foot contacts, where the spec reads them) into the network
 * input described by an {@link ObservationSpec}.
 * The same builder runs in simulation and on the robot. Allocation-free after construction. The
 * heading channels remember the yaw, and {@code body_height} the height, of the first reading after
 * construction or {@link #reset()}; call {@code reset()} when an episode or a run on the robot starts.
 * Only a builder made by {@link #simulated} reads privileged simulator state ({@link BodySample}); the
 * constructors, which robot interfaces use, refuse a spec that needs it.
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
    private final boolean readsBody;
    private int contactsNeeded;
    private double referenceYaw = Double.NaN;
    private double referenceHeight = Double.NaN;

    private static final double[] NO_CONTACTS = new double[0];
    /** Stands for "no privileged state" in the robot-side {@code build} overloads; never written. */
    private static final BodySample NO_BODY = new BodySample();

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
     *                                  {@code legOrder}, or reads privileged simulator state
     */
    public ObservationBuilder(ObservationSpec spec, List<String> jointOrder, List<String> legOrder) {
        this(spec, jointOrder, legOrder, false);
    }

    /**
     * A builder for the simulator, which can also read the privileged channels from a {@link BodySample}.
     *
     * @see #ObservationBuilder(ObservationSpec, List, List)
     */
    public static ObservationBuilder simulated(ObservationSpec spec, List<String> jointOrder, List<String> legOrder) {
        return new ObservationBuilder(spec, jointOrder, legOrder, true);
    }

    private ObservationBuilder(ObservationSpec spec, List<String> jointOrder, List<String> legOrder,
                               boolean simulator) {
        if (!simulator && spec.isPrivileged()) {
            throw new IllegalArgumentException("observation channels " + spec.privilegedChannels() + " read privileged "
                    + "simulator state, which a robot interface cannot provide");
        }
        this.spec = spec;
        this.readsBody = spec.isPrivileged();
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

    /** Forgets the references: the next reading's yaw becomes "straight ahead" and its height the start height. */
    public void reset() {
        referenceYaw = Double.NaN;
        referenceHeight = Double.NaN;
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
        return build(joints, imu, contacts, NO_BODY, out);
    }

    /**
     * Builds one observation, with foot contacts and privileged simulator state (simulator only).
     *
     * @param joints   joint state in the builder's joint order (Not modified)
     * @param imu      IMU reading (Not modified)
     * @param contacts 1 (touching) or 0 per leg in the builder's leg order (Not modified)
     * @param body     the torso's true height and velocity (Not modified)
     * @param out      receives the clipped observation, length {@link #size()} (Modified)
     * @return false, leaving {@code out} unspecified, if an input value is not finite
     */
    public boolean build(JointStateSample joints, ImuSample imu, double[] contacts, BodySample body, double[] out) {
        if (contacts.length < contactsNeeded) {
            throw new IllegalArgumentException("the spec reads " + contactsNeeded + " foot contacts, got "
                    + contacts.length);
        }
        if (readsBody && body == NO_BODY) {
            throw new IllegalArgumentException("the spec reads privileged channels " + spec.privilegedChannels()
                    + ": pass the simulator's BodySample");
        }
        if (!joints.isFinite() || !imu.isFinite() || !body.isFinite()) {
            return false;
        }
        double[] q = imu.orientationWxyz;
        gravityInBody(q, gravity);
        double yaw = hasHeading || readsBody ? yaw(q) : 0;
        double turn = 0;
        if (hasHeading) {
            if (Double.isNaN(referenceYaw)) {
                referenceYaw = yaw;
            }
            turn = yaw - referenceYaw;
        }
        if (readsBody && Double.isNaN(referenceHeight)) {
            referenceHeight = body.heightM;
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
                case ROLL -> roll(q);
                case PITCH -> pitch(q);
                case BODY_HEIGHT -> body.heightM - referenceHeight;
                case BODY_VELOCITY -> headingFrame(body.velocityMps, yaw, index[k]);
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

    /** Component {@code axis} of world vector {@code v} rotated by {@code -yawRad} about the vertical. */
    private static double headingFrame(double[] v, double yawRad, int axis) {
        return switch (axis) {
            case 0 -> StrictMath.cos(yawRad) * v[0] + StrictMath.sin(yawRad) * v[1];
            case 1 -> -StrictMath.sin(yawRad) * v[0] + StrictMath.cos(yawRad) * v[1];
            default -> v[2];
        };
    }

    /** The roll (about the body x axis) of {@code q = (w, x, y, z)}, radians in (−π, π], ZYX convention. */
    public static double roll(double[] q) {
        double w = q[0];
        double x = q[1];
        double y = q[2];
        double z = q[3];
        return StrictMath.atan2(2.0 * (w * x + y * z), w * w - x * x - y * y + z * z);
    }

    /** The pitch (about the body y axis) of {@code q = (w, x, y, z)}, radians in [−π/2, π/2], ZYX convention. */
    public static double pitch(double[] q) {
        double n = q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3];
        double s = 2.0 * (q[0] * q[2] - q[1] * q[3]) / n;
        return StrictMath.asin(Math.max(-1.0, Math.min(1.0, s)));
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
