package io.hebbian.cli;

import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.calibration.Calibration;
import io.hebbian.firmware.calibration.CalibrationOutcome;
import io.hebbian.firmware.calibration.CalibrationSession;
import io.hebbian.firmware.calibration.CalibrationSettings;
import io.hebbian.firmware.config.ConfigWrite;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.firmware.config.ServoConfigWriter;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hebbian servo calibrate}: zero offset, direction and limits of each joint, measured by hand. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Measure each joint's zero offset, direction and limits and write them into the --config file.",
            "With torque off you move each joint by hand to its zero and to both ends of its range (Enter each);",
            "then torque goes on for that joint only, it moves a little and back at bounded speed, and you answer",
            "whether it moved toward positive angles. Comments and layout of the file are kept (a file that cannot",
            "be edited in place gets a new <name>.calibrated.yaml beside it). Ctrl-C or end of input: nothing is",
            "written, torque off. Exit 0 when written, 1 when stopped or refused, 2 for bad flags or files.",
            "Example: hebbian servo calibrate --config servos.yaml --joints lf_knee_joint"})
final class ServoCalibrateCommand implements Callable<Integer> {

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--joints", split = ",", paramLabel = "NAME",
            description = "Joints to calibrate, in this order (default: every joint of the config).")
    List<String> joints = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FILE|-",
            description = "Read the answers from FILE or stdin (-) instead of the terminal, one line per prompt: an empty "
                    + "line for Enter, y or n; the first refused answer then ends the run.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the calibrated config here (default: into --config).")
    Path out;

    @Option(names = "--move-deg", defaultValue = "10", paramLabel = "DEG",
            description = "Direction check: how far the joint moves, degrees (default: ${DEFAULT-VALUE}; at most a third of its range).")
    double moveDeg;

    @Option(names = "--speed-deg-s", defaultValue = "20", paramLabel = "DEG_S",
            description = "Direction check: speed, degrees per second (default: ${DEFAULT-VALUE}, max 180).")
    double speedDegPerSec;

    @Override
    public Integer call() throws Exception {
        if (options.config == null) {
            throw new IllegalArgumentException("give --config FILE: calibrate writes the measured values into it");
        }
        ServoConfig c = options.resolve();
        CalibrationSettings settings = CalibrationSettings.defaults()
                .withMove(Math.toRadians(moveDeg), Math.toRadians(speedDegPerSec)).withRetryRefused(input == null);
        Calibration calibration = new Calibration(c, joints, settings);
        BufferedReader answers = openInput();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CalibrationOutcome outcome;
        AtomicBoolean ended = new AtomicBoolean();
        try (answers; ServoBus bus = ServoOptions.open(Calibration.busConfig(c))) {
            CalibrationSession session = new CalibrationSession(bus, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
            bus.addShutdownHook(new Thread(() -> {
                if (!ended.get()) {
                    session.stop();
                    stderr.println("servo calibrate: interrupted: nothing written; torque is off");
                    stderr.flush();
                }
            }, "servo-calibrate-torque-off"));
            stdout.println("calibrating " + calibration.joints().length + " joint(s) of " + options.config + " on "
                    + c.port() + "; torque goes off on all " + c.joints().size() + " servos; Ctrl-C or end of input "
                    + "stops without writing");
            stdout.flush();
            try {
                outcome = session.run(calibration, answers::readLine, line -> {
                    stdout.println(line);
                    stdout.flush();
                });
            } finally {
                ended.set(true);
            }
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
        if (outcome instanceof CalibrationOutcome.Stopped s) {
            stderr.println("servo calibrate: " + s.reason() + ": nothing written; torque is off");
            stderr.flush();
            return 1;
        }
        ConfigWrite w = ServoConfigWriter.write(options.config, Optional.ofNullable(out),
                ((CalibrationOutcome.Calibrated) outcome).joints());
        if (w.layoutKept()) {
            stdout.println("wrote " + w.file() + ": direction, zero offset and limits of " + calibration.joints().length
                    + " joint(s); comments and layout kept");
        } else {
            stdout.println(options.config + " cannot be edited in place without losing its comments (" + w.problem()
                    + "): wrote " + w.file() + " instead, generated without comments; " + options.config + " is unchanged");
        }
        stdout.flush();
        return 0;
    }

    private BufferedReader openInput() throws java.io.IOException {
        if (input == null) {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("no terminal to ask on: give --input FILE, or --input - for stdin");
            }
            return new BufferedReader(console.reader());
        }
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }
}
