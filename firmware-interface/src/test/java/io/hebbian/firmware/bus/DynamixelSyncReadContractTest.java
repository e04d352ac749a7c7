package io.hebbian.firmware.bus;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;

/** Same contract with plain SYNC_READ (one status packet per servo) instead of FAST_SYNC_READ. */
class DynamixelSyncReadContractTest extends DynamixelBusContractTest {
    @Override
    ServoConfig config() {
        ServoConfig c = TestConfigs.quad(Protocol.DYNAMIXEL2, 1);
        return new ServoConfig(c.protocol(), c.port(), c.baud(), c.units(), c.responseTimeoutMillis(), false,
                c.joints(), c.legs());
    }
}
