package io.hebbian.cli;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.preflight.Preflight;
import io.hebbian.firmware.preflight.PreflightModel;
import io.hebbian.firmware.preflight.PreflightReport;
import io.hebbian.firmware.preflight.PreflightSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hebbian servo preflight}: every check before torque may go on; reads only, moves nothing. */
@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = {"Check a robot before torque is enabled (torque is never enabled, nothing moves):",
            "the model's joint names, order, limits and control rate against the config; every servo answers;",
            "no latched fault; positions inside limits; USB latency timer and Return Delay Time with the cycle",
            "time they imply; a measured cycle time at the model's rate. One line per finding (OK/WARN/BLOCKER).",
            "Exit 0 without blockers, 1 with any blocker, 2 for bad flags or files.",
            "Example: hebbian servo preflight --config servos.yaml --model walker.json"})
final class ServoPreflightCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "Trained model (coefficients JSON) to check the config against.")
    Path model;

    @Option(names = "--rate-hz", paramLabel = "HZ", description = "The servo bridge's rate_hz, to check against the model's rate.")
    Double rateHz;

    @Option(names = "--cycles", defaultValue = "60", paramLabel = "N",
            description = "Read cycles to time at the model's rate (default: ${DEFAULT-VALUE}).")
    int cycles;

    @Option(names = "--sysfs", defaultValue = "/sys", paramLabel = "DIR",
            description = "Where sysfs is mounted, for the USB latency timer (default: ${DEFAULT-VALUE}).")
    Path sysfs;

    @Override
    public Integer call() throws Exception {
        Optional<PreflightModel> m = model == null ? Optional.empty()
                : Optional.of(PreflightModel.of(ModelFile.read(model), model.toString()));
        ServoConfig c = options.resolve();
        PreflightSettings settings = PreflightSettings.defaults().withSysfsRoot(sysfs).withCycles(cycles)
                .withBridgeRateHz(rateHz == null ? Double.NaN : rateHz);
        PrintWriter out = spec.commandLine().getOut();
        PreflightReport report;
        try (ServoBus bus = ServoOptions.open(c)) {
            report = new Preflight(bus, c, m, settings, System::nanoTime).run();
        }
        report.lines().forEach(out::println);
        out.println(report.hasBlocker() ? report.blockers().size() + " blocker(s): do not enable torque"
                : "no blockers: torque may be enabled");
        out.flush();
        return report.hasBlocker() ? 1 : 0;
    }
}
