package io.hebbian.ros2.sim;

import io.hebbian.ros2.msg.JointCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The newest joint position command for a stand-in robot (the sim bridge, the mock robot), in the
 * robot's joint order, written by transport threads and taken by the robot's own thread. Commands of
 * the wrong size or with unknown joint names are dropped and counted (as ros2_control's forward
 * controller does); the first one is logged with what was expected and what came.
 */
public final class CommandLatch {

    private final Map<String, Integer> index = new HashMap<>();
    private final double[] latest;
    private boolean has;
    private long sequence;
    private long rejected;
    private String lastError = "";
    private final String who;
    private final Consumer<String> log;

    /**
     * @param who  the node, as the first dropped command's log line starts, e.g. {@code sim bridge}
     * @param log  receives one line for the first dropped command
     */
    public CommandLatch(String who, List<String> joints, Consumer<String> log) {
        this(who, joints, new double[joints.size()], log);
    }

    /**
     * @param initialRad the targets a first trajectory command leaves unchanged for joints it does not name,
     *                   radians, one per joint (Not modified)
     */
    public CommandLatch(String who, List<String> joints, double[] initialRad, Consumer<String> log) {
        if (initialRad.length != joints.size()) {
            throw new IllegalArgumentException("expected " + joints.size() + " initial targets, got " + initialRad.length);
        }
        this.who = who;
        this.log = log;
        for (int k = 0; k < joints.size(); k++) {
            index.put(joints.get(k), k);
        }
        latest = initialRad.clone();
    }

    /** A {@code Float64MultiArray} command: one target per joint, radians, in the robot's order. */
    public synchronized void acceptArray(double[] targetsRad) {
        if (targetsRad.length != latest.length) {
            reject("command of the wrong length: expected " + latest.length + " values (one per joint), got "
                    + targetsRad.length);
            return;
        }
        System.arraycopy(targetsRad, 0, latest, 0, latest.length);
        accepted();
    }

    /** A {@code JointTrajectory} command (first point): joints by name, any subset. */
    public synchronized void acceptTrajectory(JointCommand c) {
        for (String n : c.jointNames()) {
            if (!index.containsKey(n)) {
                reject("command names unknown joint '" + n + "'");
                return;
            }
        }
        for (int k = 0; k < c.jointNames().size(); k++) {
            latest[index.get(c.jointNames().get(k))] = c.positionsRad()[k];
        }
        accepted();
    }

    private void accepted() {
        has = true;
        sequence++;
        notifyAll();
    }

    private void reject(String why) {
        rejected++;
        lastError = why;
        if (rejected == 1) {
            log.accept(who + ": command dropped: " + why
                    + " (further ones are only counted: commands_rejected in diagnostics)");
        }
    }

    /** Copies the newest command (Modified); false if none arrived yet. */
    public synchronized boolean copy(double[] dst) {
        System.arraycopy(latest, 0, dst, 0, latest.length);
        return has;
    }

    /** Commands accepted so far. */
    public synchronized long sequence() {
        return sequence;
    }

    /** Waits until more than {@code seen} commands were accepted or {@code timeoutNanos} passed. */
    public synchronized boolean awaitAfter(long seen, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (sequence <= seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Commands dropped (wrong length, unknown joint). */
    public synchronized long rejected() {
        return rejected;
    }

    /** Why the last dropped command was dropped; empty if none was. */
    public synchronized String lastError() {
        return lastError;
    }
}
