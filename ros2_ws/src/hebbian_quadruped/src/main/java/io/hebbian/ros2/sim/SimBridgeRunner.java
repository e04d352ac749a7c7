package io.hebbian.ros2.sim;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.FormatException;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.ros2.run.FixedRateLoop;
import io.hebbian.ros2.transport.Transport;
import io.hebbian.sim.env.ControlMode;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.robot.RobotDescription;
import io.hebbian.sim.robot.Robots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A running sim bridge: real time (or a multiple) on a {@link FixedRateLoop}, or lockstep with the
 * policy ({@code real_time_factor: 0}) on its own thread. Closing stops stepping and the node.
 */
public final class SimBridgeRunner implements AutoCloseable {

    private final SimBridgeNode node;
    private final FixedRateLoop loop;
    private final Thread lockstep;
    private volatile boolean running = true;
    private volatile Throwable failure;

    private SimBridgeRunner(SimBridgeNode node, SimBridgeConfig config) {
        this.node = node;
        if (config.realTimeFactor() > 0) {
            long period = Math.round(node.controlPeriodNanos() / config.realTimeFactor());
            loop = new FixedRateLoop("hebbian-sim", period, node::step);
            lockstep = null;
        } else {
            loop = null;
            long timeout = Math.round(config.lockstepTimeoutSeconds() * 1e9);
            lockstep = new Thread(() -> runLockstep(timeout), "hebbian-sim-lockstep");
            lockstep.setDaemon(true);
            lockstep.start();
        }
    }

    private void runLockstep(long timeoutNanos) {
        try {
            while (running) {
                node.awaitCommand(timeoutNanos);
                if (running) {
                    node.step();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /**
     * Physics settings: the model's {@code physics} section if a model is given, else the paper's.
     *
     * @throws FormatException the model is invalid or was trained with torque control (the bridge, a stand-in for a
     *                         robot, takes joint position commands)
     */
    public static SimSettings settings(SimBridgeConfig config) throws IOException, FormatException {
        if (config.model().isBlank()) {
            return SimSettings.paper();
        }
        PolicyModel m = ModelFile.read(Path.of(config.model()));
        SimSettings s = m.physics().isEmpty() ? SimSettings.paper() : SimSettings.fromJson(m.physics());
        if (s.control() != ControlMode.POSITION) {
            throw new FormatException(config.model() + ": physics.control is " + s.control().id() + ", but the sim "
                    + "bridge stands in for a robot and takes joint position commands; run the model with sim-run, "
                    + "evaluate or replay");
        }
        // the bridge stands in for the robot, which takes any target: a rate limit the model trained with is the
        // policy node's safety gate (max_step_rad), applied there
        return s.withMaxTargetStepRad(SimSettings.NO_TARGET_STEP_LIMIT);
    }

    /**
     * Loads the robot and settings, starts the node and begins stepping.
     *
     * @throws IOException          robot or model file unreadable
     * @throws FormatException model file invalid
     */
    public static SimBridgeRunner start(SimBridgeConfig config, Transport transport, Consumer<String> log)
            throws IOException, FormatException {
        RobotDescription robot = Robots.load(config.robot());
        SimBridgeNode node = new SimBridgeNode(robot, settings(config), config, transport, log);
        node.start();
        return new SimBridgeRunner(node, config);
    }

    public SimBridgeNode node() {
        return node;
    }

    /** Why stepping stopped by itself, or null. */
    public Throwable failure() {
        return loop != null ? loop.failure() : failure;
    }

    @Override
    public void close() {
        running = false;
        if (loop != null) {
            loop.close();
        } else {
            lockstep.interrupt();
            try {
                lockstep.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        node.close();
    }
}
