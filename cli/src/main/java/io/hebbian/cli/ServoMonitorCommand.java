package io.hebbian.cli;

import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints live joint positions until stopped. Never turns torque on. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Print live joint positions (degrees), one line per reading, until Ctrl-C or --duration-s.")
final class ServoMonitorCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--rate-hz", defaultValue = "10", description = "Readings per second (default: ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--duration-s", defaultValue = "0", description = "Stop after this many seconds; 0 = until Ctrl-C.")
    double durationSeconds;

    @Override
    public Integer call() throws Exception {
        if (!(rateHz > 0 && rateHz <= 1000)) {
            throw new IllegalArgumentException("--rate-hz must be in (0, 1000], got " + rateHz);
        }
        ServoConfig c = options.resolve();
        PrintWriter out = spec.commandLine().getOut();
        out.println("t_s\t" + String.join("\t", c.jointNames()));
        long periodNanos = (long) (1e9 / rateHz);
        long start = System.nanoTime();
        long errors = 0;
        try (ServoBus bus = ServoOptions.open(c)) {
            JointStateSample s = new JointStateSample(c.joints().size());
            for (long next = start; durationSeconds <= 0 || next - start < durationSeconds * 1e9; next += periodNanos) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
                StringBuilder line = new StringBuilder(String.format("%.2f", (System.nanoTime() - start) * 1e-9));
                if (bus.readState(s)) {
                    for (double p : s.positionRad) {
                        line.append('\t').append(String.format("%.1f", Math.toDegrees(p)));
                    }
                } else {
                    line.append("\tno reply (").append(++errors).append(" so far)");
                }
                out.println(line);
                out.flush();
            }
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
        return 0;
    }
}
