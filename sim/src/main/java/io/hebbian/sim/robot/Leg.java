package io.hebbian.sim.robot;

import io.hebbian.controller.damage.JointRoles;
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
     * Role names of the joints, used by the damage language ({@link JointRoles#of}).
     */
    public List<String> roles() {
        return JointRoles.of(joints.size());
    }
}
