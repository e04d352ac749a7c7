package io.hebbian.firmware;

import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configs for tests: {@code n} joints with ids {@code firstId..}, limits +-1 rad, legs of 3 joints. */
public final class TestConfigs {
    private static final String[] LEGS = {"left-front", "right-front", "left-back", "right-back"};
    private static final String[] PREFIX = {"lf", "rf", "lb", "rb"};
    private static final String[] JOINTS = {"hip_abd", "hip_flex", "knee"};

    private TestConfigs() {
    }

    public static ServoConfig quad(Protocol protocol, int firstId) {
        return config(protocol, 12, firstId, "");
    }

    public static ServoConfig config(Protocol protocol, int n, int firstId, String port) {
        List<JointConfig> joints = new ArrayList<>();
        Map<String, List<String>> legs = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            String name = n == 12 ? PREFIX[k / 3] + "_" + JOINTS[k % 3] + "_joint" : "j" + k;
            joints.add(new JointConfig(name, firstId + k, k % 2 == 0 ? 1 : -1, 0, -1.0, 1.0, 6.0));
            if (n == 12) {
                legs.computeIfAbsent(LEGS[k / 3], x -> new ArrayList<>()).add(name);
            }
        }
        return new ServoConfig(protocol, port, protocol.defaultBaud(), protocol.defaultUnits(), 20,
                protocol == Protocol.DYNAMIXEL2, joints, legs);
    }

    /** The same config with another reply timeout, ms (ptys on a loaded 2-core machine need slack). */
    public static ServoConfig withTimeout(ServoConfig c, int millis) {
        return new ServoConfig(c.protocol(), c.port(), c.baud(), c.units(), millis, c.fastSyncRead(), c.joints(), c.legs());
    }

    public static int[] ids(int first, int n) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = first + k;
        }
        return ids;
    }
}
