package io.hebbian.cli;

import io.hebbian.ros2.params.ParameterException;
import io.hebbian.ros2.policy.PolicyNodeConfig;
import io.hebbian.ros2.policy.PolicyNodeRunner;
import io.hebbian.ros2.transport.Transport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The Hebbian policy as a ROS 2 node. */
@Command(name = "node-policy", mixinStandardHelpOptions = true,
        description = {"Run the Hebbian policy node: subscribes /joint_states and /imu/data, publishes joint position "
                + "commands at the model's control rate (parameters: see docs/ros2.md).",
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
        PolicyNodeConfig cfg;
        try {
            cfg = PolicyNodeConfig.from(node.parameters(nodeName));
        } catch (ParameterException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
        Transport t = node.openTransport(nodeName);
        PolicyNodeRunner runner;
        try {
            runner = PolicyNodeRunner.start(cfg, t, RosNodeOptions::log);
        } catch (Exception e) {
            t.close();
            throw e;
        }
        node.runUntilStopped(runner::failure, () -> {
            runner.close();
            t.close();
        });
        return runner.failure() == null ? 0 : Errors.FAILURE;
    }
}
