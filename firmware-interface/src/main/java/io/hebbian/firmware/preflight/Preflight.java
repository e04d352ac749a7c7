package io.hebbian.firmware.preflight;

import io.hebbian.controller.spec.JointLimits;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.firmware.bus.BusFault;
import io.hebbian.firmware.bus.ServoBus;
import io.hebbian.firmware.bus.ServoException;
import io.hebbian.firmware.config.JointConfig;
import io.hebbian.firmware.config.Protocol;
import io.hebbian.firmware.config.ServoConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The pre-flight check: model against config ({@link ModelChecks}), then the bus: every servo answers,
 * no latched fault, present positions inside the limits (a reading outside whose mirror image is inside
 * hints at a flipped direction), USB latency timer, Return Delay Time, and a cycle time measured at the
 * model's rate. It only reads: torque is never enabled and no goal is written.
 *
 * <p>Time comes from the injected clock; the timed cycles are paced on it (bounded: {@code cycles}
 * control periods).
 */
public final class Preflight {

    private static final double DEFAULT_PERIOD_S = 0.01;
    private static final double BUDGET_WARN_FRACTION = 0.8;
    private static final int MAX_PARKS = 1000;

    private final ServoBus bus;
    private final ServoConfig config;
    private final Optional<PreflightModel> model;
    private final PreflightSettings settings;
    private final LongSupplier clockNanos;

    /**
     * @param bus        the open bus of {@code config} (not closed here; torque is not touched)
     * @param model      the model to check against; empty to check the bus alone
     * @param clockNanos monotonic clock, nanoseconds
     */
    public Preflight(ServoBus bus, ServoConfig config, Optional<PreflightModel> model, PreflightSettings settings,
                     LongSupplier clockNanos) {
        if (bus.jointCount() != config.joints().size()) {
            throw new IllegalArgumentException("bus has " + bus.jointCount() + " joints but the config has "
                    + config.joints().size() + ": build the bus from the same config");
        }
        this.bus = bus;
        this.config = config;
        this.model = model;
        this.settings = settings;
        this.clockNanos = clockNanos;
    }

    /** Runs every check; a bus error becomes a blocker line, never an exception. */
    public PreflightReport run() {
        List<Finding> out = new ArrayList<>(ModelChecks.check(model, config, settings.bridgeRateHz()));
        try {
            boolean allAnswer = servosAnswer(out);
            faults(out);
            if (allAnswer) {
                positions(out);
            } else {
                out.add(Finding.blocker("positions", "not checked: not every servo answers"));
            }
            UsbLatencyTimer latency = UsbLatencyTimer.read(settings.sysfsRoot(), config.port());
            out.add(latency.finding());
            double delaySeconds = returnDelay(out);
            if (allAnswer) {
                cycle(out, latency.millis().orElse(0) / 1e3, delaySeconds);
            }
        } catch (ServoException e) {
            out.add(Finding.blocker("bus", e.getMessage()));
        }
        return new PreflightReport(out);
    }

    private boolean servosAnswer(List<Finding> out) throws ServoException {
        int silent = 0;
        for (JointConfig j : config.joints()) {
            if (bus.ping(j.id()) == null) {
                silent++;
                out.add(Finding.blocker(servo(j), "does not answer a ping: check its power, cable, id and baud rate ("
                        + config.baud() + " bit/s)"));
            }
        }
        if (silent == 0) {
            out.add(Finding.ok("servos", "all " + config.joints().size() + " answer"));
        }
        return silent == 0;
    }

    private void faults(List<Finding> out) throws ServoException {
        for (BusFault f : bus.readFaults()) {
            out.add(Finding.blocker("fault", f.description() + ": fix the cause, then reboot the servo"));
        }
    }

    private void positions(List<Finding> out) throws ServoException {
        int n = config.joints().size();
        JointStateSample s = new JointStateSample(n);
        if (!bus.readState(s)) {
            out.add(Finding.blocker("positions", "reading the present positions failed (timeout or bad replies)"));
            return;
        }
        int bad = 0;
        for (int k = 0; k < n; k++) {
            JointConfig j = config.joints().get(k);
            JointLimits lim = j.limits();
            double p = s.positionRad[k];
            if (lim.clamp(p) != p) {
                bad++;
                String hint = lim.clamp(-p) == -p
                        ? String.format(Locale.ROOT, "; %.3f rad (its mirror image) would be inside: its 'direction' "
                        + "looks flipped (or 'zeroOffset' is wrong)", -p)
                        : "; move it into range by hand, or fix 'zeroOffset' or the limits";
                out.add(Finding.blocker("position " + j.name(), String.format(Locale.ROOT,
                        "at %.3f rad, outside its limits %s%s", p, ModelChecks.range(lim), hint)));
            } else if (outsideModel(j.name(), p)) {
                out.add(Finding.warn("position " + j.name(), String.format(Locale.ROOT,
                        "at %.3f rad, inside the config's limits but outside the model's", p)));
            }
        }
        if (bad == 0) {
            out.add(Finding.ok("positions", "all " + n + " joints inside their limits"));
        }
    }

    private boolean outsideModel(String joint, double p) {
        return model.flatMap(m -> m.joints().stream().filter(l -> l.name().equals(joint)).findFirst())
                .map(l -> l.clamp(p) != p).orElse(false);
    }

    /** Reports the Return Delay Time; returns the delay it adds to one read cycle, seconds. */
    private double returnDelay(List<Finding> out) throws ServoException {
        Optional<int[]> read = bus.readReturnDelayMicros();
        if (read.isEmpty()) {
            out.add(Finding.ok("return delay", "this bus reports no Return Delay Time ("
                    + config.protocol().name().toLowerCase(Locale.ROOT) + "): nothing to set"));
            return 0;
        }
        int[] micros = read.get();
        List<String> nonZero = new ArrayList<>();
        long sum = 0;
        int max = 0;
        for (int k = 0; k < micros.length; k++) {
            if (micros[k] > 0) {
                nonZero.add(config.joints().get(k).id() + "=" + micros[k] + " us");
                sum += micros[k];
                max = Math.max(max, micros[k]);
            }
        }
        boolean once = config.protocol() == Protocol.DYNAMIXEL2 && config.fastSyncRead();
        double seconds = (once ? max : sum) / 1e6;
        if (nonZero.isEmpty()) {
            out.add(Finding.ok("return delay", "0 us on every servo that answered"));
        } else {
            String register = config.protocol() == Protocol.DYNAMIXEL2
                    ? "Return Delay Time (address 9, EEPROM, unit 2 us)" : "Return Delay (address 7, unit 2 us)";
            out.add(Finding.warn("return delay", String.format(Locale.ROOT, "servos %s add %.2f ms to every read "
                    + "cycle (%s); fix: with torque off write 0 to %s of each servo", String.join(", ", nonZero),
                    seconds * 1e3, once ? "FAST_SYNC_READ: once" : "sequential replies: summed", register)));
        }
        return seconds;
    }

    /** Times {@code cycles} state reads paced at the model's period and compares with the period. */
    private void cycle(List<Finding> out, double latencySeconds, double delaySeconds) throws ServoException {
        double period = model.map(PreflightModel::controlPeriodSeconds).filter(p -> !Double.isNaN(p))
                .orElse(DEFAULT_PERIOD_S);
        long periodNanos = Math.round(period * 1e9);
        int cycles = settings.cycles();
        long[] took = new long[cycles];
        int failed = 0;
        int overran = 0;
        JointStateSample s = new JointStateSample(config.joints().size());
        long next = clockNanos.getAsLong();
        for (int c = 0; c < cycles; c++) {
            waitUntil(next);
            long t0 = clockNanos.getAsLong();
            failed += bus.readState(s) ? 0 : 1;
            took[c] = clockNanos.getAsLong() - t0;
            overran += took[c] > periodNanos ? 1 : 0;
            next += periodNanos;
        }
        Arrays.sort(took);
        double p50 = took[cycles / 2] / 1e9;
        double max = took[cycles - 1] / 1e9;
        double wire = WireBudget.wireSeconds(config);
        double expected = wire + delaySeconds + latencySeconds;
        double estimate = Math.max(p50 + WireBudget.writeSeconds(config), expected);
        String text = String.format(Locale.ROOT, "measured read p50 %.2f ms, max %.2f ms over %d reads paced at %.2f Hz"
                + " (%d failed, %d longer than the period); expected per cycle at %d bit/s: %.2f ms on the wire "
                + "+ %.2f ms return delay + %.2f ms USB latency = %.2f ms; estimate %.2f ms against the %s period "
                + "%.2f ms", p50 * 1e3, max * 1e3, cycles, 1 / period, failed, overran, config.baud(), wire * 1e3,
                delaySeconds * 1e3, latencySeconds * 1e3, expected * 1e3, estimate * 1e3,
                model.isPresent() ? "model's" : "default", period * 1e3);
        if (failed > 0 || estimate > period) {
            out.add(Finding.blocker("cycle time", text + ": too slow or unreliable for this rate; fix the warnings "
                    + "above, raise the baud rate, or use FAST_SYNC_READ"));
        } else if (overran > 0 || estimate > BUDGET_WARN_FRACTION * period) {
            out.add(Finding.warn("cycle time", text + ": little headroom"));
        } else {
            out.add(Finding.ok("cycle time", text));
        }
    }

    /** Parks until the deadline; bounded, so a clock that does not advance cannot hang the check. */
    private void waitUntil(long deadlineNanos) {
        long left;
        for (int spins = 0; spins < MAX_PARKS && (left = deadlineNanos - clockNanos.getAsLong()) > 0; spins++) {
            LockSupport.parkNanos(left);
        }
    }

    private static String servo(JointConfig j) {
        return "servo " + j.id() + " (" + j.name() + ")";
    }
}
