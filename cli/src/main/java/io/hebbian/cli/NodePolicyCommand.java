package io.hebbian.cli;

import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Hebbian policy as a ROS 2 node. */
@Command(name = "node-policy", mixinStandardHelpOptions = true,
        description = {"Run the Hebbian policy node: subscribes /joint_states and /imu/data (and "
                + "/foot_contacts for a model trained with --foot-contacts), publishes joint position commands at "
                + "the model's control rate (parameters: see docs/ros2.md).",
            "Example: hebbian node-policy --params launch/config/policy.yaml -p model:=walker.json --bind 127.0.0.1"})
final class NodePolicyCommand implements Callable<Integer> {

    @Mixin
    RosNodeOptions node;

    @Option(names = "--node-name", defaultValue = "hebbian_policy",
            description = "Node name and parameter-file section (default: ${DEFAULT-VALUE}).")
    String nodeName;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        return node.run(nodeName, PolicyNodeConfig::from, PolicyNodeRunner::start, PolicyNodeRunner::failure, runner -> { });
    }
}
