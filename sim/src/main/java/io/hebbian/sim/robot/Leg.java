package io.hebbian.sim.robot;

import java.util.List;

/**
 * One leg: its joints from body to foot and the link that touches the ground.
 *
 * @param name     e.g. {@code left-front}
 * @param joints   joint names, proximal first
 * @param footLink the distal link (the "shin" that damage shortens or removes)
 */
public record Leg(String name, List<String> joints, String footLink) {

    public Leg {
        if (name == null || name.isBlank() || joints == null || joints.isEmpty()) {
            throw new IllegalArgumentException("a leg needs a name and at least one joint, got " + name + " " + joints);
        }
        joints = List.copyOf(joints);
    }

    /**
     * Role names of the joints, used by the damage language: one joint {@code hip}; two
     * {@code hip, knee}; three {@code hip-abd, hip, knee}; more {@code joint-1 ...}.
     */
    public List<String> roles() {
        return switch (joints.size()) {
            case 1 -> List.of("hip");
            case 2 -> List.of("hip", "knee");
            case 3 -> List.of("hip-abd", "hip", "knee");
            default -> java.util.stream.IntStream.rangeClosed(1, joints.size()).mapToObj(k -> "joint-" + k).toList();
        };
    }
}
