package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.spec.ObservationChannel;
import io.hebbian.ros2.DiagnosticsDocs;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.msg.Diagnostics;
import io.hebbian.ros2.params.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A model that reads foot contacts, on the in-process transport: the node subscribes {@code /foot_contacts},
 * holds until they are fresh, holds again when they stop, maps {@code contact_legs} to the model's channels,
 * drops messages of the wrong length or with non-finite values; a model without contacts does not subscribe.
 */
class PolicyNodeFootContactsTest {

    /** The model reads these legs, in this order. */
    private static final List<String> LEGS = List.of("left-front", "right-back");

    private static PolicyModel contactModel() {
        return TestModels.withFootContacts(TestModels.ANT_JOINTS, "test-ant", 0.0165, 7, LEGS);
    }

    private static Parameters params() {
        return Parameters.empty().with("seed", 5L).with("diagnostics_every_steps", 5L)
                .with("stale_timeout_s", 0.05).with("stale_reset_s", 0.0);
    }

    /** Indices of the model's foot_contact channels, in observation order. */
    private static int[] contactChannels(PolicyModel model) throws FormatException {
        List<ObservationChannel> c = model.requireObservation().channels();
        return IntStream.range(0, c.size()).filter(k -> c.get(k).source() == ObservationChannel.Source.FOOT_CONTACT)
                .toArray();
    }

    /** Records the contact inputs of every network step. */
    private static List<double[]> recordContactInputs(PolicyHarness h) throws FormatException {
        int[] idx = contactChannels(h.model);
        List<double[]> seen = new CopyOnWriteArrayList<>();
        h.node.setObservationListener((step, o) -> seen.add(IntStream.of(idx).mapToDouble(k -> o[k]).toArray()));
        return seen;
    }

    @Test
    void noCommandUntilFootContactsAreFresh() throws Exception {
        try (PolicyHarness h = new PolicyHarness(contactModel(), params())) {
            assertThat(h.bus.subscriberCount("/foot_contacts")).isEqualTo(1);
            h.sendJoints(h.modelJoints(), 0);
            h.sendImu(0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).isEmpty();
            Diagnostics d = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(d.message()).isEqualTo("/foot_contacts never received");
            assertThat(d.values()).containsEntry("foot_contacts_age_s", "inf");
            h.sendContacts(1, 0);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.RUNNING);
            assertThat(h.commands).hasSize(1);
            assertThat(h.log).anyMatch(l -> l.contains("foot contacts [left-front, right-back] on /foot_contacts"));
        }
    }

    @Test
    void contactsThatStopGoStaleAndTheirReturnResumes() throws Exception {
        try (PolicyHarness h = new PolicyHarness(contactModel(), params())) {
            assertThat(h.run(10, 1, 1)).containsOnly(PolicyStatus.RUNNING);
            List<PolicyStatus> statuses = new ArrayList<>();
            for (int k = 0; k < 6; k++) { // joints and IMU stay fresh; contacts are 16, 32, ... 96 ms old
                h.sendJoints(h.modelJoints(), 0);
                h.sendImu(0);
                statuses.add(h.node.tick());
                h.advanceMs(16);
            }
            assertThat(statuses).containsExactly(PolicyStatus.RUNNING, PolicyStatus.RUNNING, PolicyStatus.RUNNING,
                    PolicyStatus.HOLDING_STALE, PolicyStatus.HOLDING_STALE, PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).hasSize(13);
            assertThat(h.diagnostics).anySatisfy(d -> {
                assertThat(d.level()).isEqualTo(Diagnostics.Level.WARN);
                assertThat(d.message()).isEqualTo("/foot_contacts stale (0.064 s)");
            });
            assertThat(h.run(3, 0, 1)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.commands).hasSize(16);
            assertThat(h.node.activations()).isEqualTo(2);
        }
    }

    @Test
    void contactLegsOrderTheMessageAndValuesAtLeastOneHalfAreContacts() throws Exception {
        List<String> order = List.of("right-back", "right-front", "left-front"); // right-front: not read
        try (PolicyHarness h = new PolicyHarness(contactModel(), params().with("contact_legs", order)
                .with("diagnostics_every_steps", 1L))) {
            List<double[]> inputs = recordContactInputs(h);
            h.run(1, 0.5, 1.0, 0.49);
            h.run(1, 0.0, 0.0, 1.0);
            h.run(1, 2.0, 0.0, -3.0);
            assertThat(inputs).hasSize(3);
            // model order: left-front, right-back
            assertThat(inputs.get(0)).containsExactly(0.0, 1.0);
            assertThat(inputs.get(1)).containsExactly(1.0, 0.0);
            assertThat(inputs.get(2)).containsExactly(0.0, 1.0);
            Diagnostics d = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(d.values()).containsEntry("foot_contacts", "1 0 0");
        }
    }

    @Test
    void aMessageOfTheWrongLengthIsDroppedLoggedOnceAndCounted() throws Exception {
        try (PolicyHarness h = new PolicyHarness(contactModel(), params())) {
            h.sendJoints(h.modelJoints(), 0);
            h.sendImu(0);
            h.sendContacts(1, 1, 1);
            h.sendContacts(1, 1, 1, 1);
            h.sendContacts();
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.HOLDING_STALE);
            assertThat(h.commands).isEmpty();
            Diagnostics d = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(d.message()).isEqualTo("/foot_contacts never received (last message had 0 values, expected 2)");
            assertThat(h.log.stream().filter(l -> l.contains("/foot_contacts message"))).singleElement().asString()
                    .contains("with 3 values dropped, expected 2 (one per leg of contact_legs [left-front, right-back])");
            h.sendContacts(0, 1);
            assertThat(h.node.tick()).isEqualTo(PolicyStatus.RUNNING);
            h.run(4, 0, 1);
            d = h.diagnostics.get(h.diagnostics.size() - 1);
            assertThat(d.values()).containsEntry("foot_contacts_wrong_length", "3")
                    .containsEntry("foot_contacts_non_finite", "0").containsEntry("foot_contacts", "0 1");
        }
    }

    @Test
    void nonFiniteContactsAreNotFresh() throws Exception {
        try (PolicyHarness h = new PolicyHarness(contactModel(), params())) {
            List<double[]> inputs = recordContactInputs(h);
            h.run(5, 1, 0);
            List<PolicyStatus> statuses = h.run(6, Double.NaN, 1);
            statuses.addAll(h.run(1, 0, Double.POSITIVE_INFINITY));
            // the last good message (1, 0) stays in use until it is older than 50 ms, then the node holds
            assertThat(statuses).containsExactly(PolicyStatus.RUNNING, PolicyStatus.RUNNING, PolicyStatus.RUNNING,
                    PolicyStatus.HOLDING_STALE, PolicyStatus.HOLDING_STALE, PolicyStatus.HOLDING_STALE,
                    PolicyStatus.HOLDING_STALE);
            assertThat(inputs).hasSize(8).allSatisfy(c -> assertThat(c).containsExactly(1.0, 0.0));
            assertThat(h.node.reason()).isEqualTo("/foot_contacts stale (0.112 s) (last message not finite)");
            assertThat(h.log.stream().filter(l -> l.contains("/foot_contacts message"))).singleElement().asString()
                    .contains("[NaN, 1.0] dropped: not finite");
            assertThat(h.run(5, 0, 0)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.diagnostics.get(h.diagnostics.size() - 1).values())
                    .containsEntry("foot_contacts_non_finite", "7");
        }
    }

    @Test
    void diagnosticsOfAContactModelAreThePolicyKeysPlusTheDocumentedContactKeys() throws Exception {
        List<String> expected = new ArrayList<>(DiagnosticsDocs.keys("policy", List.of(), 2));
        List<String> contactKeys = DiagnosticsDocs.keys("policy_foot_contacts", List.of(), 2);
        assertThat(contactKeys).isNotEmpty();
        expected.addAll(contactKeys);
        try (PolicyHarness h = new PolicyHarness(contactModel(), params())) {
            h.run(5, 1, 1);
            assertThat(h.diagnostics.get(h.diagnostics.size() - 1).values().keySet())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        try (PolicyHarness h = new PolicyHarness(params())) {
            h.run(5);
            assertThat(h.diagnostics.get(h.diagnostics.size() - 1).values().keySet()).doesNotContainAnyElementsOf(
                    contactKeys);
        }
    }

    @Test
    void aModelWithoutContactsDoesNotSubscribeThem() throws Exception {
        try (PolicyHarness h = new PolicyHarness(params())) {
            assertThat(h.bus.subscriberCount("/foot_contacts")).isZero();
            h.sendContacts(1, 2, 3); // nobody listens: no log, no effect
            assertThat(h.run(3)).containsOnly(PolicyStatus.RUNNING);
            assertThat(h.log).noneMatch(l -> l.contains("foot"));
        }
    }

    @Test
    void theTopicIsAParameter() throws Exception {
        assertThat(PolicyNodeConfig.defaults(java.nio.file.Path.of("m.json")).footContactsTopic())
                .isEqualTo("/foot_contacts");
        try (PolicyHarness h = new PolicyHarness(contactModel(), params().with("foot_contacts_topic", "/feet"))) {
            assertThat(h.bus.subscriberCount("/feet")).isEqualTo(1);
            assertThat(h.bus.subscriberCount("/foot_contacts")).isZero();
            assertThat(h.run(3, 1, 1)).containsOnly(PolicyStatus.RUNNING);
        }
    }

    @Test
    void contactLegsMustCoverTheModelsLegsOnceAndNeedAContactModel() {
        assertThatThrownBy(() -> new PolicyHarness(contactModel(), params().with("contact_legs",
                List.of("left-front", "left-front", "right-front"))))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("parameter 'contact_legs' [left-front, left-front, right-front] does not fit")
                .hasMessageContaining("missing [right-back], repeated [left-front]");
        assertThatThrownBy(() -> new PolicyHarness(params().with("contact_legs", LEGS)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("parameter 'contact_legs' [left-front, right-back] is set, but test.json reads "
                        + "no foot contacts");
    }
}
