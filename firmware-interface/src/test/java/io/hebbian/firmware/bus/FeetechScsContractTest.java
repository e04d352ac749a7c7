package io.hebbian.firmware.bus;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;

/** SCS: big-endian, 1024 steps over 300 degrees. */
class FeetechScsContractTest extends FeetechStsContractTest {
    @Override
    ServoConfig config() {
        return TestConfigs.quad(Protocol.FEETECH_SCS, 1);
    }
}
