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
    }
}
