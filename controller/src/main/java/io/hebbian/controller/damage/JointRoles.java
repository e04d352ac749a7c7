package io.hebbian.controller.damage;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The role names of a leg's joints, proximal first, by which damage terms name a joint as
 * {@code <leg>-<role>} (e.g. {@code left-front-knee}) on the simulated and the real robot alike.
 */
public final class JointRoles {

    private JointRoles() {
    }

    /**
     * Roles of a leg with {@code jointCount} joints: 1 {@code hip}; 2 {@code hip, knee};
     * 3 {@code hip-abd, hip, knee}; more {@code joint-1 ... joint-n}.
     */
    public static List<String> of(int jointCount) {
        if (jointCount < 1) {
            throw new IllegalArgumentException("a leg has at least one joint, got " + jointCount);
        }
        return switch (jointCount) {
            case 1 -> List.of("hip");
            case 2 -> List.of("hip", "knee");
            case 3 -> List.of("hip-abd", "hip", "knee");
            default -> IntStream.rangeClosed(1, jointCount).mapToObj(k -> "joint-" + k).toList();
        };
    }
}
