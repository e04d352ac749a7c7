package io.hebbian.ros2.policy;

import io.hebbian.controller.spec.ImuSample;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.ros2.msg.JointStateMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest joint-state and IMU readings with their arrival times, written by transport threads
 * and read by the control thread. Joints are matched by name: any order, extra joints ignored,
 * and a robot may split its joints over several {@code JointState} messages (each joint keeps its
 * own arrival time). A joint without velocity in the message reads as NaN (non-finite input).
 */
final class InputLatch {

    /** Returned as an age when an input never arrived. */
    static final long NEVER = Long.MAX_VALUE;

    private final List<String> joints;
    private final Map<String, Integer> index = new HashMap<>();
    private final JointStateSample latest;
    private final long[] jointArrivalNanos;
    private final boolean[] jointSeen;
    private final ImuSample imu = new ImuSample();
    private long imuArrivalNanos;
    private boolean imuSeen;
    private long newestJointArrivalNanos;

    /** @param joints joint names in sample order */
    InputLatch(List<String> joints) {
        this.joints = List.copyOf(joints);
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
     * Copies the newest readings (Modified) and writes {@code ages[0]} = age of the oldest tracked
     * joint, {@code ages[1]} = IMU age, {@code ages[2]} = arrival time of the newest joint state,
     * nanoseconds; ages are {@link #NEVER} if never received.
     */
    synchronized void snapshot(long nowNanos, JointStateSample jointsOut, ImuSample imuOut, long[] ages) {
        jointsOut.copyFrom(latest);
        imuOut.copyFrom(imu);
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
