package io.hebbian.cli;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bridge.WatchdogAction;
import io.hebbian.firmware.config.ServoConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Moves one joint slowly to a target through the full safety bridge; other joints hold where they are. */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = {"Move one joint slowly to --to-deg (clamped to its limits) through the safety bridge.",
            "All joints are torqued on holding their current angle; torque goes OFF when the move ends."})
final class ServoMoveCommand implements Callable<Integer> {

    private static final double PERIOD_S = 0.02;

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--joint", required = true, paramLabel = "NAME", description = "Joint name from --config (or id<N> with --ids).")
    String joint;

    @Option(names = "--to-deg", required = true, paramLabel = "DEG", description = "Target angle, degrees.")
    double toDeg;

    @Option(names = "--speed-deg-s", defaultValue = "20", description = "Speed, degrees per second (default: ${DEFAULT-VALUE}, max 180).")
    double speedDegPerSec;

    @Override
    public Integer call() throws Exception {
        if (!(speedDegPerSec > 0 && speedDegPerSec <= 180)) {
            throw new IllegalArgumentException("--speed-deg-s must be in (0, 180], got " + speedDegPerSec);
        }
        ServoConfig c = options.resolve();
        int k = c.indexOf(joint);
        if (k < 0) {
            throw new IllegalArgumentException("unknown joint '" + joint + "': choose one of " + c.jointNames());
        }
        double target = c.joints().get(k).limits().clamp(Math.toRadians(toDeg));
        BridgeSettings settings = BridgeSettings.defaults().withWatchdog(200_000_000L, WatchdogAction.TORQUE_OFF)
                .withMaxStepRad(Math.toRadians(speedDegPerSec) * PERIOD_S);
        PrintWriter out = spec.commandLine().getOut();
        JointStateSample s = new JointStateSample(c.joints().size());
        try (ServoBridge bridge = new ServoBridge(ServoOptions.open(c), c, settings)) {
            bridge.enable(System.nanoTime());
            if (!bridge.readState(s)) {
                throw new Errors.UserException("no reply from the servos after enabling: check wiring and ids");
            }
            double[] command = s.positionRad.clone();
            command[k] = target;
            long deadline = System.nanoTime() + (long) ((Math.abs(target - s.positionRad[k]) / Math.toRadians(speedDegPerSec) + 2) * 1e9);
            while (System.nanoTime() < deadline) {
                bridge.command(command, System.nanoTime());
                bridge.tick(System.nanoTime());
                TimeUnit.MILLISECONDS.sleep((long) (PERIOD_S * 1000));
                if (bridge.readState(s) && Math.abs(s.positionRad[k] - target) < Math.toRadians(0.5)) {
                    break;
                }
            }
            out.printf("%s at %.2f deg (target %.2f deg); torque off%n", joint, Math.toDegrees(s.positionRad[k]),
                    Math.toDegrees(target));
            out.flush();
        } catch (io.hebbian.firmware.bus.ServoException e) {
            throw ServoOptions.user(e);
        }
        return 0;
    }
}
