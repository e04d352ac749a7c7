package io.hebbian.controller.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How network outputs become joint position targets: output {@code k} in [-1, 1] maps linearly
 * onto joint {@code k}'s range, {@code -1 → lower}, {@code +1 → upper}.
 */
public record ActionSpec(List<JointLimits> joints) {

    public ActionSpec {
        if (joints == null || joints.isEmpty()) {
            throw new IllegalArgumentException("an action spec needs at least one joint");
        }
        joints = List.copyOf(joints);
        Set<String> seen = new HashSet<>();
        for (JointLimits j : joints) {
            if (!seen.add(j.name())) {
                throw new IllegalArgumentException("joint '" + j.name() + "' appears twice in the action spec");
            }
        }
    }

    public int size() {
        return joints.size();
    }

    public List<String> jointNames() {
        List<String> names = new ArrayList<>(joints.size());
        for (JointLimits j : joints) {
            names.add(j.name());
        }
        return names;
    }

    /**
     * Maps actions to position targets.
     *
     * @param action    network outputs, clamped to [-1, 1] first (Not modified); a non-finite action gives a
     *                  non-finite target, which the {@link io.hebbian.controller.safety.SafetyGate} replaces
     *                  by the last safe command
     * @param targetRad receives position targets in radians (Modified)
     */
    public void toTargets(double[] action, double[] targetRad) {
        if (action.length != joints.size() || targetRad.length != joints.size()) {
            throw new IllegalArgumentException("expected " + joints.size() + " joint targets, got "
                    + action.length + " actions and " + targetRad.length + " targets");
        }
        for (int k = 0; k < action.length; k++) {
            JointLimits j = joints.get(k);
            double a = Math.max(-1.0, Math.min(1.0, action[k]));
            targetRad[k] = j.lowerRad() + 0.5 * (a + 1.0) * j.rangeRad();
        }
    }

    /** Inverse of {@link #toTargets} for one joint: the action that commands {@code positionRad}. */
    public double toAction(int joint, double positionRad) {
        JointLimits j = joints.get(joint);
        return 2.0 * (positionRad - j.lowerRad()) / j.rangeRad() - 1.0;
    }
}
