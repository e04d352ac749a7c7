package io.hebbian.ros2.mock;

import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.ModelFile;
import io.hebbian.ros2.run.FixedRateLoop;
import io.hebbian.ros2.run.WallClock;
import io.hebbian.ros2.transport.Transport;
import java.io.IOException;
import java.util.function.Consumer;

/** A running mock robot: the node ticked at its period on a {@link FixedRateLoop}. Closing stops both. */
public final class MockRobotRunner implements AutoCloseable {

    private final MockRobotNode node;
    private final FixedRateLoop loop;

    private MockRobotRunner(MockRobotNode node, FixedRateLoop loop) {
        this.node = node;
        this.loop = loop;
    }

    /**
     * Loads the model, starts the node and begins publishing.
     *
     * @throws IOException     the model file cannot be read
     * @throws FormatException the model is invalid, lacks specs or a control period
     */
    public static MockRobotRunner start(MockRobotConfig config, Transport transport, Consumer<String> log)
            throws IOException, FormatException {
        MockRobotNode node = MockRobotNode.forModel(ModelFile.read(config.model()), config, transport,
                WallClock.system(), log);
        node.start();
        return new MockRobotRunner(node, new FixedRateLoop("hebbian-mock-robot", node.periodNanos(), node::tick));
    }

    public MockRobotNode node() {
        return node;
    }

    /** Why ticking stopped by itself, or null. */
    public Throwable failure() {
        return loop.failure();
    }

    @Override
    public void close() {
        loop.close();
        node.close();
    }
}
