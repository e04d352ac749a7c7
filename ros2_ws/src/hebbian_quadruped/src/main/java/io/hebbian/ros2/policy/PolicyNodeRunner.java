package io.hebbian.ros2.policy;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.ros2.run.FixedRateLoop;
import io.hebbian.ros2.run.WallClock;
import io.hebbian.ros2.transport.Transport;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A running policy node: the node plus, for {@code trigger: timer}, its fixed-rate loop on the
 * system clock. Closing stops the loop and the subscriptions (not the transport).
 */
public final class PolicyNodeRunner implements AutoCloseable {

    private final PolicyNode node;
    private final FixedRateLoop loop;

    private PolicyNodeRunner(PolicyNode node, FixedRateLoop loop) {
        this.node = node;
        this.loop = loop;
    }

    /**
     * Loads the model, checks it against the parameters, subscribes and starts commanding when inputs arrive.
     *
     * @throws IOException          if the model file cannot be read
     * @throws FormatException if the model is invalid or does not match the parameters
     */
    public static PolicyNodeRunner start(PolicyNodeConfig config, Transport transport, Consumer<String> log)
            throws IOException, FormatException {
        PolicyModel model = ModelFile.read(config.model());
        long seed = config.seed().orElseGet(() -> new SecureRandom().nextLong());
        PolicyNode node = new PolicyNode(model, config, transport, new SplittableRandom(seed), System::nanoTime,
                WallClock.system(), log);
        if (config.seed().isEmpty()) {
            log.accept("policy node: initial-weight seed " + seed + " (set parameter 'seed' to repeat)");
        }
        node.start();
        FixedRateLoop loop = config.trigger() == PolicyNodeConfig.Trigger.TIMER
                ? new FixedRateLoop("hebbian-policy", node.periodNanos(), node::tick) : null;
        return new PolicyNodeRunner(node, loop);
    }

    public PolicyNode node() {
        return node;
    }

    /** The loop's failure, if it stopped by itself (null while healthy or without a loop). */
    public Throwable failure() {
        return loop == null ? null : loop.failure();
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
        node.close();
    }
}
