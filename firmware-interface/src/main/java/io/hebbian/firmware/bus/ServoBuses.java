package io.hebbian.firmware.bus;

import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.dynamixel.DynamixelBus;
import io.hebbian.firmware.feetech.FeetechBus;
import io.hebbian.firmware.maestro.MaestroBus;
import io.hebbian.firmware.transport.JSerialCommLink;
import io.hebbian.firmware.transport.SerialLink;
import java.util.function.LongSupplier;

/** Builds the {@link ServoBus} for a config's protocol. */
public final class ServoBuses {

    private ServoBuses() {
    }

    /** A bus over an existing link, with an injected nanosecond clock. */
    public static ServoBus create(ServoConfig config, SerialLink link, LongSupplier nanoClock) {
        return switch (config.protocol()) {
            case DYNAMIXEL2 -> new DynamixelBus(link, config, nanoClock);
            case FEETECH_STS, FEETECH_SCS -> new FeetechBus(link, config, nanoClock);
            case MAESTRO -> new MaestroBus(link, config, nanoClock, false);
        };
    }

    /**
     * Opens the config's port with jSerialComm and builds the bus on {@code System.nanoTime}.
     *
     * @throws IllegalArgumentException if the port is missing or cannot be opened
     */
    public static ServoBus open(ServoConfig config) {
        return create(config, JSerialCommLink.open(config.port(), config.baud()), System::nanoTime);
    }
}
