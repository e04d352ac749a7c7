package io.hebbian.firmware.bus;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.EmulatedBoard;
import io.hebbian.firmware.emulator.FeetechEmulator;

class FeetechStsContractTest extends ServoBusContractTest {
    @Override
    ServoConfig config() {
        return TestConfigs.quad(Protocol.FEETECH_STS, 1);
    }

    @Override
    EmulatedBoard board(ServoConfig c) {
        return new FeetechEmulator(c.protocol() == Protocol.FEETECH_SCS, TestConfigs.ids(1, 12));
    }

    @Override
    boolean torqueOn(int k) {
        return ((FeetechEmulator) board).torque(k + 1);
    }

    @Override
    double resolutionRad() {
        return 1 / config.units().unitsPerRad() + 1e-12;
    }
}
