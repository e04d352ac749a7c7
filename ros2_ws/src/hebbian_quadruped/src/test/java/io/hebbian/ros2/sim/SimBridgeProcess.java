package io.hebbian.ros2.sim;

import io.hebbian.ros2.params.ParameterFile;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.ros2.transport.Transports;

/**
 * A sim bridge as its own process for the end-to-end test: {@code SimBridgeProcess PARAMS.yaml SECONDS}.
 * Uses the dds transport on 127.0.0.1 and {@code ROS_DOMAIN_ID}; prints node events, then
 * {@code RESULT <distance m> <commands> <steps>}.
 */
public final class SimBridgeProcess {

    private SimBridgeProcess() {
    }

    public static void main(String[] args) throws Exception {
        SimBridgeConfig cfg = SimBridgeConfig.from(ParameterFile.load(java.nio.file.Path.of(args[0]), "sim_bridge"));
        double seconds = Double.parseDouble(args[1]);
        try (Transport t = Transports.open("dds", "sim_bridge", "127.0.0.1");
             SimBridgeRunner r = SimBridgeRunner.start(cfg, t, line -> System.out.println("LOG " + line))) {
            Thread.sleep(Math.round(seconds * 1000));
            SimBridgeNode n = r.node();
            System.out.println("RESULT " + n.distanceM() + " " + n.commandsReceived() + " " + n.steps());
            System.out.flush();
        }
        System.exit(0);
    }
}
