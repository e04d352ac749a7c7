package io.hebbian.ros2.policy;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.ros2.msg.JointStateMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest joint-state, IMU and foot-contact readings with their arrival times, written by transport
 * threads and read by the control thread. Joints are matched by name: any order, extra joints ignored,
 * and a robot may split its joints over several {@code JointState} messages (each joint keeps its
 * own arrival time). A joint without velocity in the message reads as NaN (non-finite input).
 * Foot contacts come as one value per leg of the contact order (>= 0.5: contact, stored as 1, else 0);
 * a message of the wrong length or with a non-finite value is dropped and counted, so the contacts
 * stay as they were and go stale.
 */
final class InputLatch {

    /** Returned as an age when an input never arrived. */
    static final long NEVER = Long.MAX_VALUE;
    /** A contact value at least this large is a contact. */
    static final double CONTACT_THRESHOLD = 0.5;

    /** What became of a foot-contacts message. */
    enum ContactsOutcome { ACCEPTED, WRONG_LENGTH, NON_FINITE }

    private final List<String> joints;
    private final Map<String, Integer> index = new HashMap<>();
    private final JointStateSample latest;
    private final long[] jointArrivalNanos;
    private final boolean[] jointSeen;
    private final ImuSample imu = new ImuSample();
    private long imuArrivalNanos;
    private boolean imuSeen;
    private long newestJointArrivalNanos;
    private final double[] contacts;
    private long contactsArrivalNanos;
    private boolean contactsSeen;
    private long contactsWrongLength;
    private long contactsNonFinite;
    private String lastContactsDrop = "";

    /**
     * @param joints joint names in sample order
     * @param legs   how many values a foot-contacts message carries (0: contacts are not read)
     */
    InputLatch(List<String> joints, int legs) {
        this.joints = List.copyOf(joints);
        this.contacts = new double[legs];
        for (int k = 0; k < joints.size(); k++) {
            index.put(joints.get(k), k);
        }
        latest = new JointStateSample(joints.size());
        jointArrivalNanos = new long[joints.size()];
        jointSeen = new boolean[joints.size()];
    }

    /** Stores the joints of {@code m} that this latch tracks; others are ignored. */
    synchronized void acceptJointState(JointStateMessage m, long arrivalNanos) {
        List<String> names = m.names();
        for (int k = 0; k < names.size(); k++) {
            Integer i = index.get(names.get(k));
            if (i != null) {
                latest.positionRad[i] = m.positionRad()[k];
                latest.velocityRadPerSec[i] = m.velocityOr(k);
                jointArrivalNanos[i] = arrivalNanos;
                jointSeen[i] = true;
            }
        }
        latest.stampNanos = m.stampNanos();
        newestJointArrivalNanos = arrivalNanos;
    }

    synchronized void acceptImu(ImuSample s, long arrivalNanos) {
        imu.copyFrom(s);
        imuArrivalNanos = arrivalNanos;
        imuSeen = true;
    }

    /**
     * Stores one value per leg, 1 for a contact (>= {@link #CONTACT_THRESHOLD}), else 0, unless the message
     * has the wrong length or a non-finite value: then it is dropped and counted.
     *
     * @param values one value per leg in contact order (Not modified)
     */
    synchronized ContactsOutcome acceptContacts(double[] values, long arrivalNanos) {
        if (values.length != contacts.length) {
            contactsWrongLength++;
            lastContactsDrop = "last message had " + values.length + " values, expected " + contacts.length;
            return ContactsOutcome.WRONG_LENGTH;
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                contactsNonFinite++;
                lastContactsDrop = "last message not finite";
                return ContactsOutcome.NON_FINITE;
            }
        }
        for (int k = 0; k < values.length; k++) {
            contacts[k] = values[k] >= CONTACT_THRESHOLD ? 1.0 : 0.0;
        }
        contactsArrivalNanos = arrivalNanos;
        contactsSeen = true;
        lastContactsDrop = "";
        return ContactsOutcome.ACCEPTED;
    }

    /**
     * Copies the newest readings (Modified) and writes {@code ages[0]} = age of the oldest tracked
     * joint, {@code ages[1]} = IMU age, {@code ages[2]} = arrival time of the newest joint state,
     * {@code ages[3]} = foot-contacts age (0 if contacts are not read), nanoseconds; ages are
     * {@link #NEVER} if never received.
     *
     * @param contactsOut receives the contacts, one per leg (Modified)
     */
    synchronized void snapshot(long nowNanos, JointStateSample jointsOut, ImuSample imuOut, double[] contactsOut,
                               long[] ages) {
        jointsOut.copyFrom(latest);
        imuOut.copyFrom(imu);
        System.arraycopy(contacts, 0, contactsOut, 0, contacts.length);
        long oldest = NEVER;
        boolean all = true;
        for (int k = 0; k < jointSeen.length; k++) {
            if (!jointSeen[k]) {
                all = false;
                break;
            }
            oldest = Math.min(oldest, jointArrivalNanos[k]);
        }
        ages[0] = all ? nowNanos - oldest : NEVER;
        ages[1] = imuSeen ? nowNanos - imuArrivalNanos : NEVER;
        ages[2] = newestJointArrivalNanos;
        ages[3] = contacts.length == 0 ? 0 : contactsSeen ? nowNanos - contactsArrivalNanos : NEVER;
    }

    /** Foot-contacts messages dropped for the wrong length. */
    synchronized long contactsWrongLength() {
        return contactsWrongLength;
    }

    /** Foot-contacts messages dropped for a non-finite value. */
    synchronized long contactsNonFinite() {
        return contactsNonFinite;
    }

    /** Why the last foot-contacts message was dropped; empty if it was accepted (or none came). */
    synchronized String lastContactsDrop() {
        return lastContactsDrop;
    }

    /** Joints never received so far. */
    synchronized List<String> missingJoints() {
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < jointSeen.length; k++) {
            if (!jointSeen[k]) {
                missing.add(joints.get(k));
            }
        }
        return missing;
    }
}
