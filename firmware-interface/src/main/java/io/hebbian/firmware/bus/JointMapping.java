package io.hebbian.firmware.bus;

import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.config.ServoUnits;
import java.util.List;

/** Converts joint radians to raw servo units and back, per joint. Immutable; allocates nothing per call. */
public final class JointMapping {

    private final int[] ids;
    private final double[] direction;
    private final double[] zeroOffsetRad;
    private final double unitsPerRad;
    private final double centerUnits;
    private final double radPerSecPerVelocityUnit;

    public JointMapping(ServoConfig config) {
        List<JointConfig> joints = config.joints();
        int n = joints.size();
        ids = new int[n];
        direction = new double[n];
        zeroOffsetRad = new double[n];
        for (int k = 0; k < n; k++) {
            ids[k] = joints.get(k).id();
            direction[k] = joints.get(k).direction();
            zeroOffsetRad[k] = joints.get(k).zeroOffsetRad();
        }
        ServoUnits u = config.units();
        unitsPerRad = u.unitsPerRad();
        centerUnits = u.centerUnits();
        radPerSecPerVelocityUnit = u.radPerSecPerVelocityUnit();
    }

    public int size() {
        return ids.length;
    }

    /** Servo id (or channel) of joint {@code k}. */
    public int id(int k) {
        return ids[k];
    }

    /** Joint index of a servo id, or -1. */
    public int indexOfId(int id) {
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == id) {
                return k;
            }
        }
        return -1;
    }

    /** Raw position units for joint {@code k} at {@code rad} radians (rounded to the nearest unit). */
    public long toRaw(int k, double rad) {
        return Math.round(centerUnits + (direction[k] * rad + zeroOffsetRad[k]) * unitsPerRad);
    }

    /** Joint angle, radians, of a raw position. */
    public double toRad(int k, long raw) {
        return direction[k] * ((raw - centerUnits) / unitsPerRad - zeroOffsetRad[k]);
    }

    /** Joint velocity, rad/s, of a raw signed velocity. */
    public double velocityToRad(int k, long rawVelocity) {
        return direction[k] * rawVelocity * radPerSecPerVelocityUnit;
    }

    /** Checks a command's length: a programmer error otherwise. */
    public void checkLength(double[] values) {
        if (values.length != ids.length) {
            throw new IllegalArgumentException("expected " + ids.length + " joint targets, got " + values.length);
        }
    }
}
