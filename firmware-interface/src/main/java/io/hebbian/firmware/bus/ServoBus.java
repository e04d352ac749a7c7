package io.hebbian.firmware.bus;

import io.hebbian.controller.spec.JointStateSample;
import java.util.List;
import java.util.Optional;

/**
 * One serial servo bus (one port), in the joint order of its configuration. Angles are joint
 * radians; the bus converts to servo units with the configured direction, zero offset and scale.
 * Commands are NOT safety-filtered here: use {@link io.hebbian.firmware.bridge.ServoBridge}.
 *
 * <p>Not thread-safe. Expected conditions (a missing reply) are return values; a servo error
 * status, a disconnected adapter or an unsupported request throw {@link ServoException}.
 */
public interface ServoBus extends AutoCloseable {

    /** Number of mapped joints. */
    int jointCount();

    /** Torque on or off for all mapped joints (one broadcast/sync transaction where possible). */
    void setTorque(boolean on) throws ServoException;

    /** Torque on or off for one joint, by index in configuration order. */
    void setTorque(int joint, boolean on) throws ServoException;

    /**
     * Sends position targets for all joints in one transaction.
     *
     * @param targetRad one target per joint, radians, configuration order (Not modified)
     */
    void writePositions(double[] targetRad) throws ServoException;

    /**
     * Reads positions (rad) and velocities (rad/s) of all joints into {@code out} (Modified) and
     * stamps it with the bus clock.
     *
     * @return false if any reply timed out or failed its checksum (then {@code out} is unspecified)
     */
    boolean readState(JointStateSample out) throws ServoException;

    /** Pings one id; null if nothing answered in time. */
    PingResult ping(int id) throws ServoException;

    /** Pings the given ids (or the protocol's whole id range if empty) and lists those that answered. */
    List<PingResult> scan(List<Integer> ids) throws ServoException;

    /**
     * Arms the servos' own communication watchdog (second safety layer).
     *
     * @param timeoutMillis timeout in milliseconds, 0 disarms
     * @return false if the protocol has no hardware watchdog settable over the bus
     */
    boolean setHardwareWatchdog(int timeoutMillis) throws ServoException;

    /**
     * Limits one joint's output (current/PWM/torque limit) to a fraction of its maximum.
     *
     * @param fraction in [0, 1]
     * @return false if the protocol cannot limit output
     */
    boolean setStrength(int joint, double fraction) throws ServoException;

    /**
     * Reads every servo's fault registers (hardware error status, expired bus watchdog).
     *
     * @return the servos with a latched fault; empty if none, or if the protocol has no such registers
     */
    default List<BusFault> readFaults() throws ServoException {
        return List.of();
    }

    /**
     * Reads each joint's servo Return Delay Time (the pause a servo waits before it replies).
     *
     * @return microseconds per joint in configuration order, -1 for a servo that did not answer; empty if
     *         the protocol has no such register
     */
    default Optional<int[]> readReturnDelayMicros() throws ServoException {
        return Optional.empty();
    }

    /**
     * Reads every servo's temperature and supply voltage (one transaction where the protocol allows).
     *
     * @return one entry per joint in configuration order (NaN for a servo that did not answer); empty if the
     *         protocol has no such registers
     */
    default List<ServoTelemetry> readTelemetry() throws ServoException {
        return List.of();
    }

    /** Reboots one servo (clears latched hardware errors); false if unsupported. */
    boolean reboot(int id) throws ServoException;

    /**
     * Errors attributed to each joint's servo so far: replies that did not arrive, failed status replies and
     * hardware alerts. Zeros for a protocol that cannot tell servos apart (Maestro: one board).
     *
     * @return one count per joint, configuration order (a copy)
     */
    default long[] errorsPerJoint() {
        return new long[jointCount()];
    }

    /** Error counters so far. */
    BusCounters counters();

    /** True unless the adapter was found gone and not yet reconnected. */
    boolean connected();

    /** Tries to reopen the port once; true if the bus is usable again. */
    boolean reconnect();

    /** Registers a JVM-exit action that runs while the port can still be written (for torque off). */
    default void addShutdownHook(Thread hook) {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Closes the port (does not change torque). */
    @Override
    void close();
}
