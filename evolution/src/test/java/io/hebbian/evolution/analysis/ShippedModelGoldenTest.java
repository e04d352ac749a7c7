package io.hebbian.evolution.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shipped models evaluate bit-identically to the numbers recorded before the control-mode and paper-observation
 * options existed: position control and the robot observation are today's behaviour, and old files load with
 * those defaults.
 */
class ShippedModelGoldenTest {

    private static double[] distances(String file, String morphology) throws Exception {
        PolicyModel m = ModelFile.read(Path.of("../models", file));
        SimSettings sim = SimSettings.fromJson(m.physics()).withEarlyStop(false).withEpisodeSteps(200);
        Evaluation e = new Evaluation(m, Robots.load(m.requireRobot()), sim);
        return e.run(List.of(morphology), 2, 3, 1).get(0).distancesM();
    }

    @Test
    void oldModelFilesEvaluateAsBefore() throws Exception {
        // recorded on the build before these options (commit 3ffcd78), 2 rollouts x 200 steps, seed 3
        assertThat(distances("ant-hebbian.json", "damaged-right-front"))
                .containsExactly(7.025307706898979, 6.52209783839555);
        assertThat(distances("ant-static.json", "intact")).containsExactly(2.116123367340877, 2.116123367340877);
        assertThat(distances("servo-quad-hebbian.json", "intact")).containsExactly(0.8002898514738203, 0.8685956508950622);
        assertThat(distances("adaptive/contacts/hebbian-s1.json", "intact"))
                .containsExactly(4.7773116604300965, 5.201978432692085);
    }
}
