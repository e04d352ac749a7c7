package io.hebbian.ros2.servo;

import io.hebbian.controller.io.FormatException;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bridge.WatchdogAction;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.ros2.run.FixedRateLoop;
import io.hebbian.ros2.run.WallClock;
import io.hebbian.ros2.transport.Transport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A running servo bridge node: opens the serial bus and ticks the node at {@code rate_hz}. */
public final class ServoBridgeRunner implements AutoCloseable {

    private final ServoBridgeNode node;
    private final FixedRateLoop loop;

    private ServoBridgeRunner(ServoBridgeNode node, FixedRateLoop loop) {
        this.node = node;
        this.loop = loop;
    }

    /** The bridge's safety settings from the node parameters. */
    public static BridgeSettings settings(ServoBridgeConfig c) {
        return BridgeSettings.defaults()
                .withWatchdog(Math.round(c.watchdogTimeoutSeconds() * 1e9),
                        c.watchdogTorqueOff() ? WatchdogAction.TORQUE_OFF : WatchdogAction.HOLD)
                .withMaxStepRad(c.maxStepRad())
                .withStartMove(c.startSpeedRadPerSec() > 0 ? c.startSpeedRadPerSec() : Double.POSITIVE_INFINITY,
                        c.startToleranceRad());
    }

    /**
     * Loads the servo config, opens the port and starts publishing.
     *
     * @throws IOException     config file unreadable
     * @throws FormatException config file invalid (names the file and the key)
     * @throws ServoException  the servos refuse (e.g. torque on at start)
     */
    public static ServoBridgeRunner start(ServoBridgeConfig c, Transport transport, Consumer<String> log)
            throws IOException, FormatException, ServoException {
        ServoConfig config = ServoConfig.load(Path.of(c.servoConfig()));
        if (!c.port().isBlank() || c.baud() > 0) {
            config = config.withPort(c.port().isBlank() ? config.port() : c.port(), c.baud() > 0 ? c.baud() : config.baud());
        }
        ServoBus bus = ServoBuses.open(config);
        return start(new ServoBridge(bus, config, settings(c)), config, c, transport, log);
    }

    /** Starts a node over an existing bridge (tests, custom buses). */
    public static ServoBridgeRunner start(ServoBridge bridge, ServoConfig config, ServoBridgeConfig c,
                                          Transport transport, Consumer<String> log)
            throws ServoException, IOException {
        ServoBridgeNode node = new ServoBridgeNode(bridge, config.jointNames(), c, transport, System::nanoTime,
                WallClock.system(), log);
        node.start();
        return new ServoBridgeRunner(node, new FixedRateLoop("hebbian-servo", Math.round(1e9 / c.rateHz()), node::tick));
    }

    public ServoBridgeNode node() {
        return node;
    }

    public Throwable failure() {
        return loop.failure();
    }

    @Override
    public void close() {
        loop.close();
        node.close();
    }
}
