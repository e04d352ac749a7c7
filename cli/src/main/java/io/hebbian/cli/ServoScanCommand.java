package io.hebbian.cli;

import io.hebbian.firmware.bus.PingResult;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the servos that answer. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Ping the given --ids (or every id: broadcast on Dynamixel) and list who answers.")
final class ServoScanCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServoConfig c = options.resolveForScan();
        PrintWriter out = spec.commandLine().getOut();
        try (ServoBus bus = ServoOptions.open(c)) {
            List<PingResult> found = bus.scan(options.ids);
            out.println("id\tmodel\tfirmware");
            for (PingResult r : found) {
                out.println(r.id() + "\t" + r.modelNumber() + "\t" + r.firmware());
            }
            out.println(found.size() + " servo(s) answered on " + c.port() + " at " + c.baud() + " baud ("
                    + c.protocol() + ")");
            out.flush();
            return found.isEmpty() ? 1 : 0;
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
    }
}
