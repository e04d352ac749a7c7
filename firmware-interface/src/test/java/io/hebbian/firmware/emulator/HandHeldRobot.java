package io.hebbian.firmware.emulator;

import io.hebbian.firmware.dynamixel.XControlTable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dynamixel servos built into a robot, and the person calibrating it: each joint's servo reads a known raw
 * position at joint zero and may be mounted reversed. {@link #respond} plays the person at {@code servo calibrate}'s
 * prompts: it moves the named joint by hand to its zero or an end of its range, and says whether the last move went
 * toward positive joint angles, as seen on the emulated servo. Records which servos ever had torque on and every goal
 * they were given. Thread-safe (the board runs on the pty thread, the person on the test's).
 */
public final class HandHeldRobot implements EmulatedBoard {

    private static final double TICKS_PER_RAD = 4096 / (2 * Math.PI);

    /**
     * @param zeroRaw   raw servo position at joint angle 0
     * @param direction +1 if the servo turns up when the joint angle grows, -1 if mounted reversed
     * @param lowerRad  the end of the range the person moves to first
     * @param upperRad  the other end
     */
    public record Joint(String name, int id, int zeroRaw, int direction, double lowerRad, double upperRad) {
        public int raw(double rad) {
            return (int) Math.round(zeroRaw + direction * rad * TICKS_PER_RAD);
        }
    }

    private final DynamixelEmulator emu;
    private final Map<String, Joint> joints = new LinkedHashMap<>();
    private final Set<Integer> torqued = new HashSet<>();
    private final List<long[]> goals = new ArrayList<>();
    private int startRaw = Integer.MIN_VALUE;
    private int farRaw;

    public HandHeldRobot(DynamixelEmulator emu, List<Joint> joints) {
        this.emu = emu;
        joints.forEach(j -> this.joints.put(j.name(), j));
    }

    @Override
    public synchronized void receive(byte[] data, int off, int len, long nowNanos, ByteArrayOutputStream replies) {
        emu.receive(data, off, len, nowNanos, replies);
        for (Joint j : joints.values()) {
            if (!emu.torque(j.id())) {
                continue;
            }
            torqued.add(j.id());
            goals.add(new long[] {nowNanos, j.id(), emu.read(j.id(), XControlTable.GOAL_POSITION, 4)});
            int present = emu.read(j.id(), XControlTable.PRESENT_POSITION, 4);
            if (startRaw == Integer.MIN_VALUE) {
                startRaw = present;
                farRaw = present;
            }
            farRaw = Math.abs(present - startRaw) > Math.abs(farRaw - startRaw) ? present : farRaw;
        }
    }

    @Override
    public void tick(long nowNanos) {
        emu.tick(nowNanos);
    }

    /**
     * The person's answer to one output line of {@code servo calibrate}.
     *
     * @return "" after moving the joint for an Enter prompt, "y"/"n" for a direction question, null if the line is
     *         not a prompt
     */
    public synchronized String respond(String line) {
        boolean enter = line.endsWith("press Enter");
        if (!enter && !line.endsWith("[y/n]")) {
            return null;
        }
        Joint j = joints.get(line.substring(0, line.indexOf(':')));
        if (j == null) {
            throw new IllegalArgumentException("prompt for a joint this robot does not model: " + line);
        }
        if (!enter) {
            int sign = Integer.signum(farRaw - startRaw);
            startRaw = Integer.MIN_VALUE;
            return sign * j.direction() > 0 ? "y" : "n";
        }
        if (line.contains("zero angle")) {
            place(j, 0);
        } else if (line.contains("one end")) {
            place(j, j.lowerRad());
        } else if (line.contains("other end")) {
            place(j, j.upperRad());
        }
        return "";
    }

    private void place(Joint j, double rad) {
        emu.poke(j.id(), XControlTable.PRESENT_POSITION, j.raw(rad), 4);
    }

    /** Ids of the servos that had torque on at some point. */
    public synchronized Set<Integer> torqued() {
        return Set.copyOf(torqued);
    }

    /** How many goals of torqued servos were seen. */
    public synchronized int goalCount() {
        return goals.size();
    }

    /**
     * True if no servo's goal ever moved faster than {@code radPerSec} (one tick of rounding allowed) between two goals
     * received at least {@code minNanos} apart (on a pty, packets arrive with scheduling jitter).
     */
    public synchronized boolean goalsWithin(double radPerSec, long minNanos) {
        for (long[] a : goals) {
            for (long[] b : goals) {
                if (a[1] == b[1] && b[0] - a[0] >= minNanos
                        && Math.abs(b[2] - a[2]) > radPerSec * TICKS_PER_RAD * (b[0] - a[0]) / 1e9 + 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
