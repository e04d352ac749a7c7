package io.hebbian.cli;

import io.hebbian.ros2.sim.SimBridgeConfig;
import io.hebbian.ros2.sim.SimBridgeRunner;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ode4j simulator as a ROS 2 robot. */
@Command(name = "node-sim-bridge", mixinStandardHelpOptions = true,
        description = {"Run the simulated robot as a ROS 2 node: publishes /joint_states, /imu/data, "
                + "/foot_contacts and /clock, "
                + "takes position commands; damage via parameter 'damage' or topic /sim_bridge/damage.",
            "Example: hebbian node-sim-bridge -p robot:=ant -p damage:=damaged-right-front --bind 127.0.0.1"})
final class NodeSimBridgeCommand implements Callable<Integer> {

    @Mixin
    RosNodeOptions node;

    @Option(names = "--node-name", defaultValue = "sim_bridge",
            description = "Node name and parameter-file section (default: ${DEFAULT-VALUE}).")
    String nodeName;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        return node.run(nodeName, SimBridgeConfig::from, SimBridgeRunner::start, SimBridgeRunner::failure,
                runner -> RosNodeOptions.log(String.format(Locale.ROOT, "sim bridge: distance %.3f m after %d steps",
                        runner.node().distanceM(), runner.node().steps())));
    }
}
