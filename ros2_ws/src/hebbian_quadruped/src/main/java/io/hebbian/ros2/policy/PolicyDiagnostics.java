package io.hebbian.ros2.policy;

import io.hebbian.ros2.msg.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The policy node's diagnostics message: status, input ages, step latency, weight norms per layer; for a model
 * that reads foot contacts also their age, values and dropped messages.
 */
final class PolicyDiagnostics {

    static final String NAME = "hebbian_policy";

    private PolicyDiagnostics() {
    }

    /** @param stampNanos header stamp, ROS time, nanoseconds since the epoch */
    static Diagnostics build(PolicyNode node, long stampNanos) {
        Map<String, String> v = new LinkedHashMap<>();
        long[] ages = node.ages();
        v.put("status", node.status().name().toLowerCase(Locale.ROOT));
        v.put("activations", Long.toString(node.activations()));
        v.put("steps", Long.toString(node.steps()));
        v.put("commands", Long.toString(node.commands()));
        v.put("joint_state_age_s", PolicyNode.seconds(ages[0]));
        v.put("imu_age_s", PolicyNode.seconds(ages[1]));
        if (node.setup().readsContacts()) {
            v.put("foot_contacts_age_s", PolicyNode.seconds(ages[3]));
            v.put("foot_contacts", contacts(node.contacts()));
            v.put("foot_contacts_wrong_length", Long.toString(node.latch().contactsWrongLength()));
            v.put("foot_contacts_non_finite", Long.toString(node.latch().contactsNonFinite()));
        }
        v.put("step_latency_s", PolicyNode.seconds(node.lastComputeNanos()));
        v.put("plastic", Boolean.toString(node.plastic()));
        v.put("gate", node.lastGate().name().toLowerCase(Locale.ROOT));
        v.put("gate_clamped", Long.toString(node.gate().clampedCount()));
        v.put("gate_rate_limited", Long.toString(node.gate().rateLimitedCount()));
        v.put("gate_held", Long.toString(node.gate().heldCount()));
        v.put("non_finite_outputs", Long.toString(node.nonFiniteOutputs()));
        v.put("resumes", Long.toString(node.resumes()));
        double[] norms = node.norms();
        for (int l = 0; l < norms.length; l++) {
            v.put("weight_norm_layer_" + l, String.format(Locale.ROOT, "%.6g", norms[l]));
        }
        Diagnostics.Level level = switch (node.status()) {
            case RUNNING -> Diagnostics.Level.OK;
            case WAITING -> Diagnostics.Level.STALE;
            case HOLDING_STALE, HOLDING_NON_FINITE -> Diagnostics.Level.WARN;
            case NON_FINITE_OUTPUT -> Diagnostics.Level.ERROR;
        };
        return new Diagnostics(stampNanos, NAME, level, node.reason(), v);
    }

    /** {@code 1 0 1 1}: one digit per leg. */
    private static String contacts(double[] c) {
        StringBuilder b = new StringBuilder();
        for (double x : c) {
            b.append(b.length() > 0 ? " " : "").append(x >= InputLatch.CONTACT_THRESHOLD ? '1' : '0');
        }
        return b.toString();
    }
}
