package io.hebbian.firmware.bus;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.emulator.EmulatedBoard;
import io.hebbian.firmware.emulator.MaestroEmulator;

class MaestroContractTest extends ServoBusContractTest {
    @Override
    ServoConfig config() {
        return TestConfigs.quad(Protocol.MAESTRO, 0);
    }

    @Override
    EmulatedBoard board(ServoConfig c) {
        return new MaestroEmulator();
    }

    @Override
    boolean torqueOn(int k) {
        return ((MaestroEmulator) board).target(k) != 0;
    }

    @Override
    double resolutionRad() {
        return 1 / config.units().unitsPerRad() + 1e-12;
    }

    @Override
    boolean resynchronises() {
        return false;
    }
}
