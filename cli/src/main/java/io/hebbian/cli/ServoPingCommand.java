package io.hebbian.cli;

import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.ServoConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Pings each configured servo. */
@Command(name = "ping", mixinStandardHelpOptions = true, description = "Ping each servo of --ids or the --config; exit 1 if any is silent.")
final class ServoPingCommand implements Callable<Integer> {

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
        int silent = 0;
        try (ServoBus bus = ServoOptions.open(c)) {
            for (JointConfig j : c.joints()) {
                PingResult r = bus.ping(j.id());
                out.println(j.name() + "\tid " + j.id() + "\t" + (r == null ? "NO REPLY" : "model " + r.modelNumber()));
                silent += r == null ? 1 : 0;
            }
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
        out.flush();
        return silent == 0 ? 0 : 1;
    }
}
