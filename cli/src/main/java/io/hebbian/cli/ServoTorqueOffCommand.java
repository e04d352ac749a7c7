package io.hebbian.cli;

import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Turns torque off on every listed servo. */
@Command(name = "torque-off", mixinStandardHelpOptions = true, description = "Turn torque off on every servo of --ids or the --config.")
final class ServoTorqueOffCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServoConfig c = options.resolve();
        try (ServoBus bus = ServoOptions.open(c)) {
            bus.setTorque(false);
            bus.ping(c.joints().get(0).id());
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
        spec.commandLine().getOut().println("torque off: " + c.joints().size() + " joint(s) on " + c.port());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
