package io.hebbian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.NetworkSettings;
import io.hebbian.controller.plasticity.PlasticityRule;
import io.hebbian.evolution.problem.FitnessWeights;
import io.hebbian.evolution.problem.PolicyKind;
import io.hebbian.evolution.problem.TrainingProblem;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class ReplayCommandTest {

    private static Path model(Path dir) throws Exception {
        TrainingProblem p = new TrainingProblem("ant", List.of("intact"), List.of(),
                SimSettings.paper().withEpisodeSteps(1000), PolicyKind.HEBBIAN, PlasticityRule.ABCD,
                new int[] {16, 8}, NetworkSettings.paper(), false, false, FitnessWeights.distanceOnly());
        RobotDescription robot = p.loadRobot();
        Path file = dir.resolve("model.json");
        new ObjectMapper().writeValue(file.toFile(), ModelFile.toJson(
                p.toModel(robot, p.initialParameters(p.shape(robot), 0.1, new SplittableRandom(1)), null)));
        return file;
    }

    @Test
    void writesPageTrajectoriesAndExportsAndReplaysTheTrajectories(@TempDir Path dir) throws Exception {
        Path m = model(dir);
        CliRun r = CliRun.of("replay", "--model", m.toString(), "--morphology", "intact,damaged-left-front",
                "--steps", "60", "--out", dir.resolve("out/replay.html").toString(), "--trajectory-out",
                dir.resolve("traj").toString(), "--gif", dir.resolve("a.gif").toString(), "--png-frames",
                dir.resolve("png").toString(), "--frame-every", "30", "--size", "200x120");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("intact", "damaged-left-front", "60 steps", "wrote");
        String html = Files.readString(dir.resolve("out/replay.html"));
        assertThat(html).contains("<script type=\"importmap\">", "data:text/javascript;base64,", "\"frames\":")
                .doesNotContain("http://", "https://cdn");
        assertThat(dir.resolve("traj/intact.trajectory.json")).exists();
        assertThat(dir.resolve("traj/damaged-left-front.trajectory.json")).exists();
        assertThat(dir.resolve("a.gif")).exists();
        assertThat(dir.resolve("png/frame-00060.png")).exists();

        CliRun again = CliRun.of("replay", "--trajectory", dir.resolve("traj/intact.trajectory.json").toString(),
                "--out", dir.resolve("again.html").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("intact", "60 steps");
    }

    @Test
    void inputErrorsAreOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path m = model(dir);
        CliRun noSource = CliRun.of("replay", "--out", dir.resolve("x.html").toString());
        assertThat(noSource.exitCode()).isEqualTo(2);
        assertThat(noSource.err().lines()).hasSize(1);
        CliRun badSize = CliRun.of("replay", "--model", m.toString(), "--size", "big", "--out",
                dir.resolve("x.html").toString());
        assertThat(badSize.exitCode()).isEqualTo(2);
        assertThat(badSize.err()).isEqualTo("replay: error: --size must be WIDTHxHEIGHT in pixels, e.g. 640x400, got"
                + " 'big'" + System.lineSeparator());
        CliRun badMorphology = CliRun.of("replay", "--model", m.toString(), "--morphology", "damaged-tail", "--out",
                dir.resolve("x.html").toString());
        assertThat(badMorphology.exitCode()).isEqualTo(2);
        assertThat(badMorphology.err()).startsWith("replay: error: morphology 'damaged-tail'");
        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"other\"}");
        CliRun badTrajectory = CliRun.of("replay", "--trajectory", dir.resolve("bad.json").toString(), "--out",
                dir.resolve("x.html").toString());
        assertThat(badTrajectory.exitCode()).isEqualTo(2);
        assertThat(badTrajectory.err()).contains("not a trajectory file").hasLineCount(1);
    }
}
