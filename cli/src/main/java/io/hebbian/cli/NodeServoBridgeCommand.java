package io.hebbian.cli;

import io.hebbian.ros2.servo.ServoBridgeConfig;
import io.hebbian.ros2.servo.ServoBridgeRunner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The serial servo bridge as a ROS 2 node. */
@Command(name = "node-servo-bridge", mixinStandardHelpOptions = true,
        description = {"Run the servo bridge node: publishes /joint_states from servo feedback, applies position "
                + "commands through the safety gate and watchdog; torque on/off on /servo_bridge/torque "
                + "(std_msgs/Bool), damage on /servo_bridge/damage (std_msgs/String).",
            "Example: hebbian node-servo-bridge -p servo_config:=firmware-interface/config/servo-quad-dynamixel.yaml "
                + "-p port:=/dev/ttyUSB0"})
final class NodeServoBridgeCommand implements Callable<Integer> {

    @Mixin
    RosNodeOptions node;

    @Option(names = "--node-name", defaultValue = "servo_bridge",
            description = "Node name and parameter-file section (default: ${DEFAULT-VALUE}).")
    String nodeName;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        return node.run(nodeName, ServoBridgeConfig::from, ServoBridgeRunner::start, ServoBridgeRunner::failure,
                runner -> { });
    }
}
