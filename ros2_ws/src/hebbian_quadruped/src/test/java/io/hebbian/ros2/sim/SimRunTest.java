package io.hebbian.ros2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.controller.io.PolicyModel;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.inproc.SimRun;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimRunTest {

    @Test
    void policyDrivesTheSimulatedAntInProcess() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.forRobot(ant, 4);
        List<String> log = new ArrayList<>();
        SimRun r = SimRun.run(model, ant, SimSettings.paper(), "intact", 200, new SplittableRandom(1), 0, log::add);
        assertThat(r.steps()).isEqualTo(200);
        assertThat(r.commands()).as("log %s", log).isGreaterThanOrEqualTo(200);
        assertThat(r.activations()).isEqualTo(1);
        assertThat(r.distanceM()).isFinite().isNotZero();
        assertThat(r.simulatedSeconds()).isCloseTo(3.3, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aGruModelDrivesTheSimulatedAntThroughTheNodesToo() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.recurrentForRobot(ant, 4);
        List<String> log = new ArrayList<>();
        SimRun r = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(1), 0, log::add);
        assertThat(r.steps()).isEqualTo(100);
        assertThat(r.commands()).as("log %s", log).isGreaterThanOrEqualTo(100);
        assertThat(r.activations()).isEqualTo(1);
        assertThat(r.distanceM()).isFinite().isNotZero();
        double again = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(2), 0, s -> { })
                .distanceM();
        assertThat(again).as("fixed weights: the node's seed changes nothing").isEqualTo(r.distanceM());
    }

    @Test
    void sameSeedsGiveTheSameDistanceAndDamageChangesIt() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.forRobot(ant, 4);
        double a = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(1), 0, s -> { })
                .distanceM();
        double b = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(1), 0, s -> { })
                .distanceM();
        double c = SimRun.run(model, ant, SimSettings.paper(), "damaged-right-front", 100, new SplittableRandom(1), 0,
                s -> { }).distanceM();
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void theNodesRateLimitSlowsFastTargetsAndZeroTurnsItOff() throws Exception {
        RobotDescription ant = Robots.load("ant");
        PolicyModel model = TestModels.forRobot(ant, 4);
        SimRun free = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(1), 0, 0.0,
                s -> { });
        SimRun tight = SimRun.run(model, ant, SimSettings.paper(), "intact", 100, new SplittableRandom(1), 0, 0.001,
                s -> { });
        assertThat(free.rateLimited()).isZero();
        assertThat(tight.rateLimited()).as("1 mrad per step slows nearly every command")
                .isGreaterThan(tight.commands() / 2);
        assertThat(tight.distanceM()).isNotEqualTo(free.distanceM());
    }
}
