package io.hebbian.ros2.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.firmware.preflight.PreflightModel;
import io.hebbian.ros2.TestModels;
import io.hebbian.ros2.mock.MockRobotConfig;
import io.hebbian.ros2.mock.MockRobotNode;
import io.hebbian.ros2.params.Parameters;
import io.hebbian.ros2.sim.SimBridgeConfig;
import io.hebbian.ros2.sim.SimBridgeNode;
import io.hebbian.ros2.sim.SimBridgeRunner;
import io.hebbian.ros2.transport.inproc.InprocTransport;
import io.hebbian.sim.env.ControlMode;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every robot-side node refuses a simulation-only model (the paper observation's privileged inputs, torque control)
 * at start, with one line naming what it cannot provide; the model itself is fine in simulation.
 */
class RobotSideRefusalTest {

    private static final String PRIVILEGED = "test.json: refused on a robot: it reads privileged simulator state "
            + "[body_height, body_velocity/x, body_velocity/y, body_velocity/z] that a robot cannot measure (trained "
            + "with --observation paper); run it in simulation (sim-run, evaluate, replay)";

    @TempDir
    Path dir;

    private static RobotDescription ant() throws Exception {
        return Robots.load("ant-pybullet");
    }

    private static Parameters params() {
        return Parameters.empty().with("model", "test.json").with("trigger", "joint_states");
    }

    @Test
    void thePolicyNodeRefusesPrivilegedInputsAndTorqueControl() throws Exception {
        PolicyModel paper = TestModels.forRobotWithPaperObservation(ant(), 3, ControlMode.POSITION);
        assertThatThrownBy(() -> new PolicyHarness(paper, params())).isInstanceOf(FormatException.class)
                .hasMessage(PRIVILEGED);
        PolicyModel torque = TestModels.forRobotWithTorqueControl(ant(), 3);
        assertThatThrownBy(() -> new PolicyHarness(torque, params())).isInstanceOf(FormatException.class)
                .hasMessage("test.json: refused on a robot: it was trained with torque control (physics.control), "
                        + "but robot nodes command joint positions; run it in simulation (sim-run, evaluate, replay)");
        try (PolicyHarness ok = new PolicyHarness(TestModels.forRobot(ant(), 3), params())) {
            assertThat(ok.node.status()).isNotNull();
        }
    }

    @Test
    void theMockRobotAndTheServoBridgePreflightRefuseThemToo() throws Exception {
        PolicyModel paper = TestModels.forRobotWithPaperObservation(ant(), 3, ControlMode.TORQUE);
        try (InprocTransport bus = new InprocTransport()) {
            assertThatThrownBy(() -> MockRobotNode.forModel(paper, MockRobotConfig.from(Parameters.empty().with("model", "test.json")), bus, () -> 0L,
                    line -> { })).isInstanceOf(FormatException.class)
                    .hasMessageStartingWith("test.json: refused on a robot: it reads privileged simulator state")
                    .hasMessageContaining("; and it was trained with torque control");
        }
        assertThatThrownBy(() -> PreflightModel.of(paper, "test.json")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("test.json: refused on a robot:");
        assertThat(PreflightModel.of(TestModels.forRobot(ant(), 3), "ok.json").jointNames()).hasSize(8);
    }

    @Test
    void theSimBridgeTakesPositionCommandsOnly() throws Exception {
        Path f = dir.resolve("torque.json");
        ModelFile.write(TestModels.forRobotWithTorqueControl(ant(), 3), f);
        SimBridgeConfig config = SimBridgeConfig.from(Parameters.empty().with("model", f.toString()));
        assertThatThrownBy(() -> SimBridgeRunner.settings(config)).isInstanceOf(FormatException.class)
                .hasMessageContaining("physics.control is torque, but the sim bridge stands in for a robot");
        try (InprocTransport bus = new InprocTransport()) {
            assertThatThrownBy(() -> new SimBridgeNode(ant(), SimSettings.paper().withControl(ControlMode.TORQUE),
                    SimBridgeConfig.from(Parameters.empty()), bus, line -> { }))
                    .hasMessageContaining("cannot run torque control");
        }
    }
}
