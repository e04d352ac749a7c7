package io.hebbian.ros2.mock;

import io.hebbian.ros2.params.ParameterFile;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.ros2.transport.Transports;
import java.nio.file.Path;

/**
 * A mock robot as its own process for the end-to-end test: {@code MockRobotProcess PARAMS.yaml SECONDS}.
 * Uses the dds transport on 127.0.0.1 and {@code ROS_DOMAIN_ID}; runs until its stdin closes, at most
 * SECONDS; prints node events, then {@code RESULT <commands received> <commands rejected> <ticks>}.
 */
public final class MockRobotProcess {

    private MockRobotProcess() {
    }

    public static void main(String[] args) throws Exception {
        MockRobotConfig cfg = MockRobotConfig.from(ParameterFile.load(Path.of(args[0]), "mock_robot"));
        double seconds = Double.parseDouble(args[1]);
        try (Transport t = Transports.open("dds", "mock_robot", "127.0.0.1");
             MockRobotRunner r = MockRobotRunner.start(cfg, t, line -> System.out.println("LOG " + line))) {
            System.out.println("UP");
            System.out.flush();
            Thread stdin = new Thread(() -> {
                try {
                    System.in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException ended) {
                    // the test is gone
                }
            }, "stdin");
            stdin.setDaemon(true);
            stdin.start();
            stdin.join(Math.round(seconds * 1000));
            MockRobotNode n = r.node();
            System.out.println("RESULT " + n.commandsReceived() + " " + n.commandsRejected() + " " + n.ticks());
            System.out.flush();
        }
        System.exit(0);
    }
}
