package io.hebbian.cli;

import io.hebbian.ros2.mock.MockRobotConfig;
import io.hebbian.ros2.mock.MockRobotRunner;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A loop-back fake robot as a ROS 2 node, for wiring tests. */
@Command(name = "node-mock-robot", mixinStandardHelpOptions = true,
        description = {"Run a loop-back fake robot (no physics, no hardware) for wiring tests: publishes /joint_states "
                + "(positions follow the last command with a first-order lag, velocities their derivative) and a level "
                + "/imu/data (and, for a model that reads them, every foot on the ground on /foot_contacts) at "
                + "the model's rate, takes position commands (parameters: see docs/ros2.md).",
            "Example: hebbian node-mock-robot -p model:=walker.json --bind 127.0.0.1"})
final class NodeMockRobotCommand implements Callable<Integer> {

    @Mixin
    RosNodeOptions node;

    @Option(names = "--node-name", defaultValue = "mock_robot",
            description = "Node name and parameter-file section (default: ${DEFAULT-VALUE}).")
    String nodeName;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        return node.run(nodeName, MockRobotConfig::from, MockRobotRunner::start, MockRobotRunner::failure,
                runner -> RosNodeOptions.log(String.format(Locale.ROOT, "mock robot: %d commands received, %d rejected",
                        runner.node().commandsReceived(), runner.node().commandsRejected())));
    }
}
