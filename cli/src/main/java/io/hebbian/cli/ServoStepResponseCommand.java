package io.hebbian.cli;

import io.hebbian.controller.io.AtomicFiles;
import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.controller.spec.StepResponse;
import io.hebbian.firmware.bridge.BridgeSettings;
import io.hebbian.firmware.bridge.ServoBridge;
import io.hebbian.firmware.bridge.StepPlan;
import io.hebbian.firmware.bridge.StepRecorder;
import io.hebbian.firmware.bridge.WatchdogAction;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.ServoConfig;
import io.hebbian.sim.servo.ServoFit;
import io.hebbian.sim.servo.ServoFitResult;
import io.hebbian.sim.servo.ServoPresetFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Records one joint's response to a commanded step (out and back) through the safety bridge, fits the
 * simulator's servo model to it and writes a preset file for {@code evolve --servo FILE}, with the raw samples
 * as CSV next to it.
 */
@Command(name = "step-response", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Step one joint and back, record it, and fit the simulator's servo model to it.",
            "Fits lag, speed cap, deadband, backlash and latency; writes --out (a preset for",
            "'evolve --servo FILE') and the samples as CSV next to it. Every joint is torqued",
            "on holding where it is; both ends of the step must lie inside the joint's limits;",
            "torque goes OFF at the end.",
            "Example: hebbian servo step-response --config servos.yaml --joint lf_knee_joint",
            "           --step 0.3 --out knee.json"})
final class ServoStepResponseCommand implements Callable<Integer> {

    private static final double HOLD_S = 0.2;
    private static final long WATCHDOG_NANOS = 200_000_000L;

    @Mixin
    ServoOptions options;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Option(names = "--joint", paramLabel = "NAME",
            description = "Joint name from --config (or id<N> with --ids); may be left out when there is one joint.")
    String joint;

    @Option(names = "--step", required = true, paramLabel = "RAD",
            description = "Step from the joint's current angle, radians, ±0.01 to ±0.5; both ends inside its limits.")
    double stepRad;

    @Option(names = "--duration", defaultValue = "1.0", paramLabel = "S",
            description = "Seconds recorded after the step and again after the step back (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--rate", defaultValue = "200", paramLabel = "HZ",
            description = "Command and sample rate, Hz, 10 to 1000 (default: ${DEFAULT-VALUE}).")
    double rateHz;

    @Option(names = "--out", required = true, paramLabel = "FILE.json",
            description = "Preset file to write; the samples go to the same name with .csv.")
    Path out;

    @Override
    public Integer call() throws Exception {
        StepPlan plan = new StepPlan(stepRad, HOLD_S, durationSeconds, rateHz);
        if (!out.getFileName().toString().endsWith(".json")) {
            throw new Errors.UserException("--out must name a .json file (evolve --servo tells presets from files "
                    + "by it), got " + out);
        }
        Path csv = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.json$", ".csv"));
        ServoConfig c = options.resolve();
        int k = jointIndex(c);
        String name = c.joints().get(k).name();
        StepResponse response = record(c, k, plan);
        writeCsv(csv, response);
        ServoFitResult fit = ServoFit.fit(response, "fitted-" + name, ServoFit.Settings.defaults());
        ServoPresetFile.write(out, fit, name, stepRad, csv.getFileName().toString());
        report(spec.commandLine().getOut(), name, fit, csv);
        return 0;
    }

    private int jointIndex(ServoConfig c) {
        if (joint == null) {
            if (c.joints().size() != 1) {
                throw new Errors.UserException("give --joint NAME: one of " + c.jointNames());
            }
            return 0;
        }
        int k = c.indexOf(joint);
        if (k < 0) {
            throw new Errors.UserException("unknown joint '" + joint + "': choose one of " + c.jointNames());
        }
        return k;
    }

    /** Checks the step against the limits with torque off, then enables, records, and turns torque off. */
    private static StepResponse record(ServoConfig c, int k, StepPlan plan) throws InterruptedException {
        BridgeSettings settings = BridgeSettings.defaults().withWatchdog(WATCHDOG_NANOS, WatchdogAction.TORQUE_OFF)
                .withMaxStepRad(Math.abs(plan.stepRad()) + 1e-9);
        List<JointLimits> limits = c.jointLimits();
        JointStateSample s = new JointStateSample(c.joints().size());
        try (ServoBridge bridge = new ServoBridge(ServoOptions.open(c), c, settings)) {
            if (!bridge.readState(s)) {
                throw new Errors.UserException("no reply from the servos: check wiring, ids and baud rate");
            }
            plan.check(limits.get(k), s.positionRad[k]);
            bridge.enable(System.nanoTime());
            if (!bridge.readState(s, System.nanoTime())) {
                throw new Errors.UserException("no reply from the servos after enabling: check wiring and ids");
            }
            plan.check(limits.get(k), s.positionRad[k]);
            double[] pose = new double[s.size()];
            for (int j = 0; j < pose.length; j++) {
                pose[j] = limits.get(j).clamp(s.positionRad[j]);
            }
            return StepRecorder.wallClock(bridge, k, plan).record(pose);
        } catch (ServoException e) {
            throw ServoOptions.user(e);
        }
    }

    private static void writeCsv(Path file, StepResponse r) throws IOException {
        StringBuilder b = new StringBuilder("time_s,commanded_rad,measured_rad\n");
        for (int i = 0; i < r.size(); i++) {
            b.append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f%n", r.timeSeconds(i), r.commandedRad(i),
                    r.measuredRad(i)));
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void report(PrintWriter o, String name, ServoFitResult fit, Path csv) {
        var m = fit.model();
        o.printf(Locale.ROOT, "%s: %d samples, torque off; fitted servo model (rms error %.4f rad):%n", name,
                fit.samples(), fit.rmsErrorRad());
        o.printf(Locale.ROOT, "  lag (time constant)  %.4f s%n", m.timeConstantSeconds());
        if (fit.speedLimitReached()) {
            o.printf(Locale.ROOT, "  speed cap            %.3f rad/s%n", m.maxVelocityRadPerSec());
        } else {
            o.printf(Locale.ROOT, "  speed cap            not reached (at least %.2f rad/s): left to the joint's own; "
                    + "a larger --step reaches it%n", Math.abs(stepRad) / m.timeConstantSeconds());
        }
        o.printf(Locale.ROOT, "  deadband             %.4f rad%n", m.deadbandRad());
        o.printf(Locale.ROOT, "  backlash             %.4f rad (deadband + backlash/2 = %.4f rad is better known "
                + "than the split)%n", m.backlashRad(), m.deadbandRad() + m.backlashRad() / 2);
        o.printf(Locale.ROOT, "  dead time            %.4f s = %d control steps of %.4f s%n", fit.deadTimeSeconds(),
                m.latencySteps(), fit.controlPeriodSeconds());
        o.printf("wrote %s and %s; train with: hebbian evolve --servo %s%n", out, csv, out);
        o.flush();
    }
}
