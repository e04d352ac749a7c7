package io.hebbian.cli;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Reads positions and velocities once. */
@Command(name = "read", mixinStandardHelpOptions = true, description = "Read joint positions and velocities once.")
final class ServoReadCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServoConfig c = options.resolve();
        PrintWriter out = spec.commandLine().getOut();
        try (ServoBus bus = ServoOptions.open(c)) {
            JointStateSample s = new JointStateSample(c.joints().size());
            if (!bus.readState(s)) {
                throw new Errors.UserException("no complete reply from " + c.joints().size() + " servo(s) on " + c.port()
                        + ": run 'servo ping' to find the silent one");
            }
            out.println("joint\tid\tposition_deg\tvelocity_deg_s");
            for (int k = 0; k < s.size(); k++) {
                out.printf("%s\t%d\t%.2f\t%.2f%n", c.joints().get(k).name(), c.joints().get(k).id(),
                        Math.toDegrees(s.positionRad[k]), Math.toDegrees(s.velocityRadPerSec[k]));
            }
            out.flush();
            return 0;
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
    }
}
