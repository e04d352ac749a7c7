package io.hebbian.evolution.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyOnsetTest {

    private static final String HELD = "  held-out: [damaged-left-front]\n";

    private static String spec(String heldOut) {
        return StudySpecTest.SPEC.replace(HELD, "  held-out: " + heldOut + "\n");
    }

    @Test
    void heldOutJointDamagesMayHaveAnOnsetBodyDamagesMayNot() throws Exception {
        StudySpec s = StudySpecTest.parse(spec("[damaged-left-front, lock:left-front-knee@50]"));
        assertThat(s.evaluation().morphologies()).contains("lock:left-front-knee@50");
        Map<String, String> bad = Map.of(
                "[damaged-left-front, shin-scale:right-back=0.25@50]", "changes the body",
                "[lock:left-front-knee@50]", "cannot have an onset",
                "[damaged-left-front, lock:left-front-knee@100]", "beyond the 100-step episode",
                "[damaged-left-front, lock:left-front-knee@later]", "whole number");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            assertThatThrownBy(() -> StudySpecTest.parse(spec(b.getKey()))).as(b.getKey())
                    .hasMessageContaining(b.getValue()).hasMessageContaining("evaluation.held-out");
        }
        assertThatThrownBy(() -> StudySpecTest.parse(StudySpecTest.SPEC.replace("seen: [damaged-right-front]",
                "seen: [remove-shin:right-front@10]"))).hasMessageContaining("evaluation.seen");
    }

    @Test
    void theTableReportsTheDistanceAfterOnsetAndItsRatio() throws Exception {
        StudySpec s = StudySpecTest.parse(spec("[damaged-left-front, lock:left-front-knee@50]"));
        ModelEvaluation m = new ModelEvaluation("heb-s1", "heb", 1, false, 5, 60, List.of(
                new ModelEvaluation.Morph("intact", 10, 1, 0.5, 0.05, 3),
                new ModelEvaluation.Morph("damaged-left-front", 2, 1, 0.5, 0.05, 3),
                new ModelEvaluation.Morph("lock:left-front-knee@50", 8, 1, 0.5, 0.05, 3, 3, 5, Map.of()),
                new ModelEvaluation.Morph("damaged-right-front", 5, 1, 0.5, 0.05, 3)), Map.of(), Map.of(), null);
        assertThat(m.ratio("lock:left-front-knee@50")).isEqualTo(0.6);
        assertThat(m.ratio("damaged-left-front")).isEqualTo(0.2);
        StudyTable t = new StudyTable(s, List.of(m));
        assertThat(t.markdown()).contains("lock:left-front-knee@50 (held out, after onset) | ratio")
                .contains("| 0.20 (0.20) | 3.00 | 0.60 (0.60) |");
        assertThat(t.csv()).contains("lock:left-front-knee@50 after-onset m,lock:left-front-knee@50 intact same steps m");

        // evaluations cached before onsets existed still load
        ObjectMapper json = new ObjectMapper();
        String cached = json.writeValueAsString(m).replace(",\"afterOnsetM\":0.0,\"intactAfterOnsetM\":0.0", "");
        assertThat(cached).doesNotContain("\"name\":\"intact\",\"meanM\":10.0,\"stdM\":1.0,\"saturation\":0.5,"
                + "\"targetJump\":0.05,\"normGrowth\":3.0,\"afterOnsetM\"");
        assertThat(json.readValue(cached, ModelEvaluation.class)).isEqualTo(m);
    }
}
