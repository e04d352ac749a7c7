package io.hebbian.evolution.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyTableTest {

    private static ModelEvaluation model(String variant, long seed, double intact, double held, boolean hebbian) {
        List<ModelEvaluation.Morph> m = List.of(
                new ModelEvaluation.Morph("intact", intact, 1, 0.5, 0.05, 3),
                new ModelEvaluation.Morph("damaged-left-front", held, 1, 0.5, 0.05, 3),
                new ModelEvaluation.Morph("damaged-right-front", intact / 2, 1, 0.5, 0.05, 3));
        Map<String, Double> fi = new LinkedHashMap<>(Map.of("10", intact * 0.9, "30", intact, "never", intact));
        Map<String, Double> fh = new LinkedHashMap<>(Map.of("10", held * 0.5, "30", held * 0.8, "never", held));
        return new ModelEvaluation(variant + "-s" + seed, variant, seed, hebbian, 5, 120, m,
                hebbian ? fi : Map.of(), hebbian ? fh : Map.of(),
                hebbian ? new ModelEvaluation.Cross(1, 2, 3) : null);
    }

    @Test
    void aggregatesOverSeedsWithTheWorstSeed() throws Exception {
        StudySpec spec = StudySpecTest.parse(StudySpecTest.SPEC);
        // heb: intact 20 and 10, held out 10 and 2 -> ratios 0.5 and 0.2: mean 0.35, population std 0.15, worst 0.2
        StudyTable t = new StudyTable(spec, List.of(model("heb", 1, 20, 10, true), model("heb", 2, 10, 2, true),
                model("heb-static", 1, 30, 3, false)));
        String md = t.markdown();
        assertThat(md).contains("| heb | 2 | 15.00 ± 5.00 | 6.00 ± 4.00 | 0.35 ± 0.15 (0.20) |");
        assertThat(md).contains("| heb-static | 1 | 30.00 | 3.00 | 0.10 (0.10) |");
        // freeze fractions: intact 0.9 at step 10 on both seeds; damaged 0.5
        assertThat(md).contains("| heb | 2 | 0.90 ± 0.00 | 0.50 ± 0.00 | 1.00 ± 0.00 | 0.80 ± 0.00 | 1.00 ± 0.00 | 2.00 ± 0.00 | 3.00 ± 0.00 |");
        String csv = t.csv();
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("run,variant,seed,generations,trainingMinutes,"
                + "intact m,damaged-left-front m,damaged-right-front m,damaged-left-front ratio");
        assertThat(csv).contains("heb-s2,heb,2,5,2,10,2,5,0.2,0.5,");
        // the static model leaves the freeze cells empty
        assertThat(csv.lines().skip(3).findFirst().orElseThrow()).endsWith(",,,,,,,,,");
        // evaluations cached before leg contacts were measured say so instead of a number
        assertThat(md).contains("| 3.00 | n/a | 2.0 |");
    }

    private static ModelEvaluation withLegs(long seed, Map<String, Double> legs) {
        ModelEvaluation.Morph intact = new ModelEvaluation.Morph("intact", 10, 1, 0.5, 0.05, 3, 0, 0, legs);
        ModelEvaluation.Morph held = new ModelEvaluation.Morph("damaged-left-front", 5, 1, 0.5, 0.05, 3);
        ModelEvaluation.Morph seen = new ModelEvaluation.Morph("damaged-right-front", 5, 1, 0.5, 0.05, 3);
        return new ModelEvaluation("heb-s" + seed, "heb", seed, false, 5, 120, List.of(intact, held, seen), Map.of(),
                Map.of(), null);
    }

    @Test
    void reportsTheIntactGaitsLeastUsedLeg() throws Exception {
        StudySpec spec = StudySpecTest.parse(StudySpecTest.SPEC);
        Map<String, Double> a = new LinkedHashMap<>();
        a.put("left-front", 0.45);
        a.put("right-front", 0.02);
        a.put("left-back", 0.38);
        Map<String, Double> b = new LinkedHashMap<>(a);
        b.put("right-front", 0.06);
        // both seeds idle the right front: its fractions 0.02 and 0.06, mean 0.04, population std 0.02
        assertThat(new StudyTable(spec, List.of(withLegs(1, a), withLegs(2, b))).markdown())
                .contains("| right-front 0.04 ± 0.02 |");
        // seeds that idle different legs give the fractions without a name
        Map<String, Double> c = new LinkedHashMap<>(a);
        c.put("right-front", 0.50);
        c.put("left-back", 0.10);
        String md = new StudyTable(spec, List.of(withLegs(1, a), withLegs(2, c))).markdown();
        assertThat(md).contains("| 0.06 ± 0.04 |");
        String csv = new StudyTable(spec, List.of(withLegs(1, a))).csv();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",contact left-front,contact right-front,contact left-back");
        assertThat(csv).contains(",0.45,0.02,0.38");
    }

    @Test
    void readsEvaluationsCachedBeforeLegContacts() throws Exception {
        String old = """
                {"name":"intact","meanM":10,"stdM":1,"saturation":0.5,"targetJump":0.05,"normGrowth":3,
                 "afterOnsetM":0,"intactAfterOnsetM":0}""";
        ModelEvaluation.Morph m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(old,
                ModelEvaluation.Morph.class);
        assertThat(m.legContact()).isEmpty();
        assertThat(m.leastUsedLeg()).isEmpty();
        assertThat(m.meanM()).isEqualTo(10);
    }
}
