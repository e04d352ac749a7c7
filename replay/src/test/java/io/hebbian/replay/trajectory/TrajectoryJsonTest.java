package io.hebbian.replay.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hebbian.replay.TestRuns;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class TrajectoryJsonTest {

    static Trajectory thousand;

    @BeforeAll
    static void record() throws Exception {
        thousand = TestRuns.record(1000, 10, "intact").get(0);
    }

    @Test
    void recordsEveryStepAndSnapshotsEveryTenth() {
        assertThat(thousand.frames()).hasSize(1001);
        assertThat(thousand.steps()).isEqualTo(1000);
        assertThat(thousand.links()).hasSize(9);
        assertThat(thousand.joints()).hasSize(8);
        assertThat(thousand.layers()).containsExactly(new LayerShape(22, 128), new LayerShape(128, 64),
                new LayerShape(64, 8));
        assertThat(thousand.snapshots()).hasSize(101);
        assertThat(thousand.snapshots().get(1).step()).isEqualTo(10);
        assertThat(thousand.frames().get(0).actions()).containsOnly(0.0);
    }

    @Test
    void roundTripOf1000StepsKeepsValuesWithinTheDocumentedPrecision(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        TrajectoryJson.write(thousand, file);
        long bytes = Files.size(file);
        System.out.printf("trajectory of 1000 steps, [22,128,64,8] network, weights every 10 steps: %d bytes%n", bytes);
        assertThat(bytes).isLessThan(3_000_000);
        Trajectory back = TrajectoryJson.read(file);
        assertThat(back.info()).isEqualTo(thousand.info());
        assertThat(back.layers()).isEqualTo(thousand.layers());
        assertThat(back.weightsEverySteps()).isEqualTo(10);
        assertThat(back.frames()).hasSameSizeAs(thousand.frames());
        for (int i = 0; i < back.frames().size(); i += 37) {
            Frame a = thousand.frames().get(i);
            Frame b = back.frames().get(i);
            assertThat(b.step()).isEqualTo(a.step());
            assertThat(b.linkPositionsM()).containsExactly(a.linkPositionsM(), within(0.6e-5));
            assertThat(b.linkQuaternions()).containsExactly(a.linkQuaternions(), within(0.6e-5));
            assertThat(b.jointPositionsRad()).containsExactly(a.jointPositionsRad(), within(0.6e-5));
            assertThat(b.actions()).containsExactly(a.actions(), within(0.6e-4));
            for (int l = 0; l < 3; l++) {
                assertThat(b.weightNorms()[l]).isCloseTo(a.weightNorms()[l], within(1e-6 * a.weightNorms()[l]));
            }
            assertThat(b.distanceM()).isCloseTo(a.distanceM(), within(0.6e-5));
        }
        for (int s = 0; s < back.snapshots().size(); s += 25) {
            for (int l = 0; l < 3; l++) {
                QuantisedLayer a = thousand.snapshots().get(s).layers().get(l);
                QuantisedLayer b = back.snapshots().get(s).layers().get(l);
                assertThat(b.levels()).isEqualTo(a.levels());
                assertThat(b.minW()).isEqualTo(a.minW());
                assertThat(b.maxW()).isEqualTo(a.maxW());
            }
        }
        assertThat(back.links().get(1).shapes().get(0).type()).isEqualTo(thousand.links().get(1).shapes().get(0).type());
    }

    @Test
    void sameSeedGivesTheSameFileByteForByte(@TempDir Path dir) throws Exception {
        Trajectory again = TestRuns.record(1000, 10, "intact").get(0);
        TrajectoryJson.write(thousand, dir.resolve("a.json"));
        TrajectoryJson.write(again, dir.resolve("b.json"));
        assertThat(Files.readAllBytes(dir.resolve("b.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a.json")));
    }

    @Test
    void sizesForOtherSnapshotIntervals(@TempDir Path dir) throws Exception {
        for (int every : List.of(20, 1000)) {
            Trajectory t = TestRuns.record(1000, every, "intact").get(0);
            Path f = dir.resolve(every + ".json");
            TrajectoryJson.write(t, f);
            System.out.printf("trajectory of 1000 steps, weights every %d steps: %d bytes%n", every, Files.size(f));
            assertThat(Files.size(f)).isLessThan(every == 20 ? 1_800_000 : 1_000_000);
        }
    }

    @Test
    void rejectsOtherFormatsAndVersionsNamingTheSource() {
        String wrongVersion = "{\"format\":\"hebbian-trajectory\",\"version\":99}";
        assertThatThrownBy(() -> TrajectoryJson.read(new ByteArrayInputStream(
                wrongVersion.getBytes(StandardCharsets.UTF_8)), "run.json"))
                .isInstanceOf(io.hebbian.controller.io.FormatException.class)
                .hasMessage("run.json: version: this build reads version 1 of 'hebbian-trajectory', the file has version 99");
        assertThatThrownBy(() -> TrajectoryJson.read(new ByteArrayInputStream(
                "{\"format\":\"hebbian-coefficients\"}".getBytes(StandardCharsets.UTF_8)), "m.json"))
                .isInstanceOf(io.hebbian.controller.io.FormatException.class).hasMessageContaining("not a trajectory file");
        assertThatThrownBy(() -> TrajectoryJson.read(new ByteArrayInputStream(
                "{\"format\":".getBytes(StandardCharsets.UTF_8)), "cut.json"))
                .isInstanceOf(io.hebbian.controller.io.FormatException.class).hasMessageStartingWith("cut.json: not JSON");
    }

    @Test
    void unknownKeysAreErrorsNamingThePath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.json");
        TrajectoryJson.write(TestRuns.record(5, 5, "intact").get(0), file);
        var om = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) om.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("frames").get(2)).put("rewardM", 1.0);
        byte[] bytes = om.writeValueAsBytes(root);
        assertThatThrownBy(() -> TrajectoryJson.read(new ByteArrayInputStream(bytes), "t.json"))
                .isInstanceOf(io.hebbian.controller.io.FormatException.class)
                .hasMessageStartingWith("t.json: frames[2].rewardM: unknown key");
    }

    @Test
    void rejectsFramesThatDoNotMatchTheLinks() {
        Frame f = thousand.frames().get(0);
        Frame bad = new Frame(0, 0, new double[3], new double[] {1, 0, 0, 0}, f.jointPositionsRad(), f.actions(),
                f.weightNorms(), 0);
        assertThatThrownBy(() -> new Trajectory(thousand.info(), thousand.links(), thousand.joints(),
                thousand.layers(), List.of(bad), 10, List.of()))
                .hasMessage("frame 0 poses 1 links, expected 9");
    }
}
