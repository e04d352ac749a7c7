package io.hebbian.firmware.pty;

import io.hebbian.firmware.TestConfigs;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bus.ServoBuses;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;

/** Child JVM for the shutdown test: enables a bridge on the given port, prints READY, waits to be killed. */
public final class ShutdownChild {
    private ShutdownChild() {
    }

    public static void main(String[] args) throws Exception {
        ServoConfig c = TestConfigs.withTimeout(TestConfigs.quad(Protocol.DYNAMIXEL2, 1).withPort(args[0], 1_000_000), 500);
        ServoBridge bridge = new ServoBridge(ServoBuses.open(c), c,
                BridgeSettings.defaults().withWatchdog(60_000_000_000L, io.hebbian.firmware.bridge.WatchdogAction.HOLD)
                        .withHardwareWatchdogMillis(0));
        for (int attempt = 1; ; attempt++) {
            try {
                bridge.enable(System.nanoTime());
                break;
            } catch (io.hebbian.firmware.bus.ServoException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(30_000);
    }
}
