package io.hebbian.ros2.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFileTest {

    @TempDir
    Path dir;

    @Test
    void mergesWildcardAndNodeSections() throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, """
                /**:
                  ros__parameters:
                    rate_hz: 50.0
                    seed: 1
                /hebbian_policy:
                  ros__parameters:
                    seed: 7
                    joint_order: [a, b]
                    nested: {x: true}
                other_node:
                  ros__parameters:
                    seed: 9
                """);
        Parameters p = ParameterFile.load(f, "hebbian_policy");
        assertThat(p.number("rate_hz", 0)).isEqualTo(50.0);
        assertThat(p.integer("seed", -1)).isEqualTo(7);
        assertThat(p.strings("joint_order")).isEqualTo(List.of("a", "b"));
        assertThat(p.bool("nested.x", false)).isTrue();
    }

    @Test
    void errorsNameTheFileAndTheProblem() throws Exception {
        assertThatThrownBy(() -> ParameterFile.load(dir.resolve("none.yaml"), "n"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("not found");
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, "other:\n  ros__parameters:\n    a: 1\n");
        assertThatThrownBy(() -> ParameterFile.load(f, "hebbian_policy"))
                .hasMessageContaining("no section for node 'hebbian_policy'");
        Files.writeString(f, "hebbian_policy: [1, 2\n");
        assertThatThrownBy(() -> ParameterFile.load(f, "hebbian_policy")).hasMessageContaining(f.toString());
    }

    @Test
    void severalFilesMergeInOrderLaterOnesWin() throws Exception {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "hebbian_policy:\n  ros__parameters:\n    seed: 1\n    rate_hz: 50.0\n");
        Path b = dir.resolve("launch_params_x");
        Files.writeString(b, "/hebbian_policy:\n  ros__parameters:\n    seed: 2\n    model: /m.json\n");
        Parameters p = ParameterFile.loadAll(List.of(a, b), "hebbian_policy");
        assertThat(p.asMap()).containsExactly(java.util.Map.entry("seed", 2L), java.util.Map.entry("rate_hz", 50.0),
                java.util.Map.entry("model", "/m.json"));
        assertThat(ParameterFile.loadAll(List.of(), "hebbian_policy").asMap()).isEmpty();
        assertThatThrownBy(() -> ParameterFile.loadAll(List.of(a, dir.resolve("gone.yaml")), "hebbian_policy"))
                .hasMessageContaining("gone.yaml");
    }
}
