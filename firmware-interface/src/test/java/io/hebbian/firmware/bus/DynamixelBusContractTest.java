package io.hebbian.firmware.bus;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.DynamixelEmulator;
import io.hebbian.firmware.emulator.EmulatedBoard;

class DynamixelBusContractTest extends ServoBusContractTest {
    @Override
    ServoConfig config() {
        return TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
    }

    @Override
    EmulatedBoard board(ServoConfig c) {
        return new DynamixelEmulator(TestConfigs.ids(1, 12));
    }

    @Override
    boolean torqueOn(int k) {
        return ((DynamixelEmulator) board).torque(k + 1);
    }

    @Override
    double resolutionRad() {
        return Math.PI / 4096 + 1e-12;
    }
}
