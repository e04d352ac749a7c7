package io.hebbian.ros2.transport.dds;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.ros2.msg.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Diagnostics fitted to the bundled DDS types' bounds: split, never cut. */
class DiagnosticsBoundsTest {

    private static Diagnostics of(String message, Map<String, String> values) {
        return new Diagnostics(1, "hebbian_servo_bridge", Diagnostics.Level.OK, message, values);
    }

    @Test
    void aMessageThatFitsIsReturnedAsIs() {
        Diagnostics d = of("ok", Map.of("state", "active"));
        assertThat(DiagnosticsBounds.fit(d)).isSameAs(d);
    }

    @Test
    void aLongValueIsSplitAtSeparatorsIntoNumberedKeys() {
        StringBuilder faults = new StringBuilder();
        for (int id = 1; id <= 12; id++) {
            faults.append(id > 1 ? "; " : "").append("servo ").append(id).append(": hardware error (overheating)");
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("state", "fault");
        v.put("faults", faults.toString());
        Diagnostics fit = DiagnosticsBounds.fit(of("fault", v));
        assertThat(fit.values()).containsKeys("state", "faults", "faults_2").doesNotContainKey("faults_3");
        assertThat(fit.values().values()).allMatch(s -> s.length() <= DiagnosticsBounds.MAX_CHARS);
        assertThat(fit.values().get("faults") + fit.values().get("faults_2")).isEqualTo(faults.toString());
        assertThat(fit.values().get("faults_2")).startsWith("servo ");
    }

    @Test
    void aLongMessageSaysWhereItContinues() {
        String message = "x".repeat(600);
        Diagnostics fit = DiagnosticsBounds.fit(of(message, Map.of("state", "idle")));
        assertThat(fit.message()).hasSizeLessThanOrEqualTo(255).endsWith(" [continued in 'message_2']");
        String joined = fit.message().replace(" [continued in 'message_2']", "") + fit.values().get("message_2")
                + fit.values().getOrDefault("message_3", "");
        assertThat(joined).isEqualTo(message);
        assertThat(fit.values()).containsEntry("state", "idle");
    }

    @Test
    void valuesBeyondTheCountBoundAreListedNotDropped() {
        Map<String, String> v = new LinkedHashMap<>();
        for (int k = 0; k < 105; k++) {
            v.put("k" + k, "1");
        }
        Diagnostics fit = DiagnosticsBounds.fit(of("ok", v));
        assertThat(fit.values()).hasSize(DiagnosticsBounds.MAX_VALUES)
                .containsEntry("values_omitted", "k99, k100, k101, k102, k103, k104");
    }
}
