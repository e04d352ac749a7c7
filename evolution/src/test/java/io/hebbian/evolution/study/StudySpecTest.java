package io.hebbian.evolution.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.hebbian.controller.io.FormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySpecTest {

    static final String SPEC = """
            version: 1
            name: t
            seeds: [1, 2]
            common: --robot ant --generations 5
            variants:
              - name: heb
                flags: [--hidden, "16"]
                static-baseline: true
              - name: big
                flags: --hidden 32,16
            evaluation:
              rollouts: 4
              episode-steps: 100
              held-out: [damaged-left-front]
              seen: [damaged-right-front]
              freeze-steps: [10, 30]
              develop-steps: 20
            """;

    static StudySpec parse(String yaml) throws Exception {
        return StudySpec.fromJson(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    @Test
    void expandsVariantsStaticTwinsAndSeedsIntoRuns() throws Exception {
        StudySpec s = parse(SPEC);
        assertThat(s.allVariants()).extracting(StudyVariant::name).containsExactly("heb", "heb-static", "big");
        List<StudySpec.Run> runs = s.runs();
        assertThat(runs).extracting(StudySpec.Run::id)
                .containsExactly("heb-s1", "heb-s2", "heb-static-s1", "heb-static-s2", "big-s1", "big-s2");
        assertThat(runs.get(2).evolveFlags()).containsExactly("--robot", "ant", "--generations", "5", "--hidden", "16",
                "--static");
        assertThat(runs.get(4).evolveFlags()).endsWith("--hidden", "32,16");
        assertThat(s.evaluation().morphologies()).containsExactly("intact", "damaged-left-front", "damaged-right-front");
        // freeze rollouts default to the rollouts
        assertThat(s.evaluation().freezeRollouts()).isEqualTo(4);
    }

    @Test
    void refusesTyposAndRunLevelFlagsWithTheKeyNamed(@TempDir Path dir) throws Exception {
        Map<String, String> bad = Map.of(
                SPEC.replace("rollouts: 4", "rolouts: 4"), "evaluation.rolouts",
                SPEC.replace("version: 1", "version: 2"), "version",
                SPEC.replace("flags: --hidden 32,16", "flags: --hidden 32,16 --seed 4"), "--seed",
                SPEC.replace("name: big", "name: heb-static"), "twice",
                SPEC.replace("seeds: [1, 2]", "seeds: [1, 1]"), "seeds",
                SPEC.replace("freeze-steps: [10, 30]", "freeze-steps: [10, 300]"), "freeze-steps",
                SPEC.replace("  held-out: [damaged-left-front]\n", ""), "held-out");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = dir.resolve("s.yaml");
            Files.writeString(f, e.getKey());
            assertThatThrownBy(() -> StudySpec.read(f)).as(e.getValue()).isInstanceOf(FormatException.class)
                    .hasMessageContaining(e.getValue()).hasMessageContaining(f.toString());
        }
        Path garbage = dir.resolve("g.yaml");
        Files.writeString(garbage, "version: [1\n");
        assertThatThrownBy(() -> StudySpec.read(garbage)).isInstanceOf(FormatException.class);
    }

    @Test
    void variantFlagsReplaceCommonFlagsOfTheSameOption() throws Exception {
        StudySpec s = parse(SPEC.replace("--robot ant --generations 5", "--robot ant --train-morphologies "
                + "intact,random-damage --held-out leg:left-front,leg:right-back --heading --generations 5")
                .replace("flags: --hidden 32,16", "flags: --robot=ant-pybullet --held-out damaged-left-front "
                        + "--train-morphologies intact,damaged-right-front --no-heading"));
        StudySpec.Run big = s.runs().get(4);
        assertThat(big.evolveFlags()).containsExactly("--generations", "5", "--robot=ant-pybullet", "--held-out",
                "damaged-left-front", "--train-morphologies", "intact,damaged-right-front", "--no-heading");
        assertThat(s.runs().get(0).evolveFlags()).as("a variant that sets none keeps them all")
                .startsWith("--robot", "ant", "--train-morphologies", "intact,random-damage", "--held-out");
    }

    @Test
    void theShippedSpecParses() throws Exception {
        Path shipped = Path.of(System.getProperty("project.root", "..")).resolve("studies/adaptation.yaml");
        StudySpec s = StudySpec.read(shipped);
        assertThat(s.seeds()).hasSize(3);
        assertThat(s.evaluation().rollouts()).isEqualTo(100);
        assertThat(s.evaluation().heldOut()).contains("damaged-left-front");
        StudySpec.Run paper = s.runs().stream().filter(r -> r.id().equals("paper-faithful-s1")).findFirst().orElseThrow();
        assertThat(String.join(" ", paper.evolveFlags())).contains("--robot ant-pybullet --control torque "
                + "--observation paper --hidden 128,64 --train-morphologies intact,damaged-right-front --held-out damaged-left-front")
                .doesNotContain("--robot ant ").doesNotContain("random-damage").doesNotContain("leg:");
        assertThat(s.allVariants()).extracting(StudyVariant::name).contains("paper-faithful-static");
        List<StudySpec.Run> gru = s.runs().stream()
                .filter(r -> r.variant().name().equals("hebbian-h32-contacts-recurrent")).toList();
        assertThat(gru).extracting(StudySpec.Run::id).containsExactly("hebbian-h32-contacts-recurrent-s1",
                "hebbian-h32-contacts-recurrent-s2", "hebbian-h32-contacts-recurrent-s3");
        assertThat(gru.get(0).evolveFlags()).endsWith("--hidden", "32", "--foot-contacts", "--recurrent");
    }

    @Test
    void aRecurrentBaselineIsATwinWithRecurrentAfterTheStaticOne() throws Exception {
        StudySpec s = parse(SPEC.replace("    static-baseline: true\n",
                "    static-baseline: true\n    recurrent-baseline: true\n"));
        assertThat(s.allVariants()).extracting(StudyVariant::name)
                .containsExactly("heb", "heb-static", "heb-recurrent", "big");
        StudySpec.Run twin = s.runs().stream().filter(r -> r.id().equals("heb-recurrent-s2")).findFirst().orElseThrow();
        assertThat(twin.evolveFlags()).containsExactly("--robot", "ant", "--generations", "5", "--hidden", "16",
                "--recurrent");
        assertThat(parse(SPEC).allVariants()).extracting(StudyVariant::name).doesNotContain("heb-recurrent");
        assertThatThrownBy(() -> parse(SPEC.replace("flags: --hidden 32,16", "flags: --hidden 32,16\n"
                + "    recurrent-baseline: yes please"))).hasMessageContaining("variants[1].recurrent-baseline: expected "
                + "true or false");
        assertThatThrownBy(() -> parse(SPEC.replace("flags: --hidden 32,16", "flags: --hidden 32 --recurrent\n"
                + "    recurrent-baseline: true"))).hasMessageContaining("big is already recurrent");
        assertThatThrownBy(() -> parse(SPEC.replace("name: big", "name: heb-recurrent").replace("    static-baseline: "
                + "true\n", "    recurrent-baseline: true\n"))).hasMessageContaining("heb-recurrent is used twice");
    }
}
