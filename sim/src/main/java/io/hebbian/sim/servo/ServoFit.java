package io.hebbian.sim.servo;

import io.hebbian.controller.spec.StepResponse;
import io.hebbian.sim.env.ServoModel;
import io.hebbian.sim.env.SimSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link ServoModel}'s lag (time constant), speed cap, deadband, backlash and a dead time to a logged
 * step response by least squares: {@link StepSimulation} replays the recorded command through the model's own
 * law and Nelder–Mead minimises the mean squared difference from the measured positions, from a guess read off
 * the response (start of motion, steepest slope, 63 % rise) and restarted from its own best point. Deterministic;
 * a pure function of the samples and the settings.
 *
 * <p>What a step can tell: the lag and the dead time always; the speed cap only if the step was large enough for
 * the servo to reach it (else the result says so and the model keeps the joint's own cap); deadband and backlash
 * mostly through their sum (both leave the joint short of the command by {@code deadband + backlash/2}), so their
 * split is the least-squares one and less certain than the sum.
 */
public final class ServoFit {

    private static final double MAX_DEAD_TIME_S = 0.25;
    private static final double MIN_TAU_S = 2e-4;
    private static final double MAX_TAU_S = 2.0;
    private static final double MIN_SPEED_RAD_S = 0.01;
    private static final double MAX_SPEED_RAD_S = 100.0;
    private static final double MAX_PLAY_RAD = 0.2;
    private static final int DIMENSIONS = 5;
    /** Initial simplex edges: dead time s, log lag, log speed cap, deadband rad, backlash rad. */
    private static final double[] STEPS = {0.01, 0.5, 0.7, 0.003, 0.003};
    private static final int GRID_TAUS = 10;
    private static final int GRID_SPEEDS = 9;
    private static final int STARTS = 3;
    private static final int MAX_RESTARTS = 6;

    /**
     * @param integrationStepSeconds longest integration step of the model, s, positive (default 0.5 ms: the
     *                               model's continuous-time law, not the simulator's substep)
     * @param controlPeriodSeconds   control period the dead time is rounded to, s (the simulator's: 0.0165)
     * @param maxEvaluations         model simulations per search start, positive
     */
    public record Settings(double integrationStepSeconds, double controlPeriodSeconds, int maxEvaluations) {
        public Settings {
            if (!(integrationStepSeconds > 0 && integrationStepSeconds <= 0.01)) {
                throw new IllegalArgumentException("integration step must be within (0, 0.01] s, got "
                        + integrationStepSeconds);
            }
            if (!(controlPeriodSeconds > 0 && controlPeriodSeconds <= 1)) {
                throw new IllegalArgumentException("control period must be within (0, 1] s, got " + controlPeriodSeconds);
            }
            if (maxEvaluations < 10) {
                throw new IllegalArgumentException("need at least 10 evaluations per search, got " + maxEvaluations);
            }
        }

        /** 0.5 ms integration step, the simulator's control period, 2000 evaluations per start. */
        public static Settings defaults() {
            return new Settings(0.0005, SimSettings.recommended().controlPeriodSeconds(), 2000);
        }
    }

    private ServoFit() {
    }

    /**
     * Fits a servo model to {@code response}.
     *
     * @param name the fitted model's name (e.g. {@code fitted-lf_knee_joint})
     * @throws IllegalArgumentException if the command never changes, or the joint follows less than a fifth of
     *                                  the first step (or the wrong way): nothing to fit
     */
    public static ServoFitResult fit(StepResponse response, String name, Settings settings) {
        int first = response.firstCommandChange();
        if (first < 0) {
            throw new IllegalArgumentException("the command never changes in these " + response.size()
                    + " samples: a step response needs a step");
        }
        requireMotion(response, first);
        StepSimulation sim = new StepSimulation(response, settings.integrationStepSeconds());
        Objective objective = new Objective(sim);
        double[] guess = guess(response, first);
        NelderMead.Minimum best = null;
        int evaluations = GRID_TAUS * GRID_SPEEDS;
        for (double[] start : gridStarts(objective, guess)) {
            NelderMead.Minimum m = NelderMead.minimise(objective, start, STEPS, settings.maxEvaluations(), 1e-6);
            evaluations += m.evaluations();
            for (int restart = 0; restart < MAX_RESTARTS; restart++) {
                NelderMead.Minimum again = NelderMead.minimise(objective, m.point(), STEPS, settings.maxEvaluations(),
                        1e-6);
                evaluations += again.evaluations();
                boolean improved = again.value() < m.value() * (1 - 1e-4);
                m = again.value() < m.value() ? again : m;
                if (!improved) {
                    break;
                }
            }
            best = best == null || m.value() < best.value() ? m : best;
        }
        return result(sim, Parameters.of(best.point()), name, settings, evaluations);
    }

    private static ServoFitResult result(StepSimulation sim, Parameters p, String name, Settings settings,
                                         int evaluations) {
        StepResponse r = sim.samples();
        double[] predicted = new double[r.size()];
        double saturated = sim.run(p.model("fit"), p.deadTimeSeconds, p.speedRadPerSec, predicted);
        boolean reached = saturated >= 3 * medianInterval(r);
        int latency = (int) Math.min(100, Math.round(p.deadTimeSeconds / settings.controlPeriodSeconds()));
        ServoModel model = new ServoModel(name, p.tauSeconds, reached ? p.speedRadPerSec : 0, 0, p.deadbandRad,
                p.backlashRad, latency);
        return new ServoFitResult(model, p.deadTimeSeconds, p.speedRadPerSec, reached,
                settings.controlPeriodSeconds(), Math.sqrt(meanSquaredError(r, predicted)), r.size(), evaluations);
    }

    /** Refuses a response whose joint did not follow its first step by at least a fifth of it. */
    private static void requireMotion(StepResponse r, int first) {
        double step = r.commandedRad(first) - r.commandedRad(first - 1);
        int end = first;
        while (end + 1 < r.size() && r.commandedRad(end + 1) == r.commandedRad(first)) {
            end++;
        }
        double moved = r.measuredRad(end) - r.measuredRad(first - 1);
        if (!(moved / step >= 0.2)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the joint moved %+.4f rad for a "
                    + "%+.4f rad step: nothing to fit (is it blocked or unpowered, or are the config's id and "
                    + "direction right?)", moved, step));
        }
    }

    /** Start of the search: dead time, log time constant, log speed cap, deadband, backlash. */
    private static double[] guess(StepResponse r, int first) {
        double before = r.measuredRad(first - 1);
        double step = r.commandedRad(first) - r.commandedRad(first - 1);
        int end = first;
        while (end + 1 < r.size() && r.commandedRad(end + 1) == r.commandedRad(first)) {
            end++;
        }
        double t0 = r.timeSeconds(first);
        double moved = r.measuredRad(end) - before;
        double deadTime = 0;
        double rise = Double.NaN;
        double slope = 0;
        for (int i = first; i <= end; i++) {
            double progress = (r.measuredRad(i) - before) / step;
            if (deadTime == 0 && progress > 0.02 && i > first) {
                deadTime = r.timeSeconds(i - 1) - t0;
            }
            if (Double.isNaN(rise) && (r.measuredRad(i) - before) / moved >= 1 - Math.exp(-1)) {
                rise = r.timeSeconds(i) - t0;
            }
            if (i > first) {
                slope = Math.max(slope, Math.abs(r.measuredRad(i) - r.measuredRad(i - 1))
                        / (r.timeSeconds(i) - r.timeSeconds(i - 1)));
            }
        }
        double tau = Double.isNaN(rise) ? 0.05 : clamp(rise - deadTime, 0.005, 0.5);
        double speed = clamp(slope, 0.1, 50);
        return new double[] {clamp(deadTime, 0, 0.1), Math.log(tau), Math.log(speed), 0.001, 0.001};
    }

    /**
     * The {@value #STARTS} best points of a grid of lags (5 ms to 0.4 s) and speed caps (0.3 to 6 times the
     * steepest measured slope, and none), the guessed dead time and play kept: the search then starts in the right
     * basin (a response at its speed cap is otherwise easily mistaken for a longer dead time and no cap).
     */
    private static List<double[]> gridStarts(Objective objective, double[] guess) {
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int a = 0; a < GRID_TAUS; a++) {
            for (int b = 0; b < GRID_SPEEDS; b++) {
                double[] x = guess.clone();
                x[1] = Math.log(0.005) + a * (Math.log(0.4) - Math.log(0.005)) / (GRID_TAUS - 1);
                x[2] = b == GRID_SPEEDS - 1 ? Math.log(MAX_SPEED_RAD_S)
                        : guess[2] + Math.log(0.3) + b * (Math.log(6) - Math.log(0.3)) / (GRID_SPEEDS - 2);
                points.add(x);
                values.add(objective.applyAsDouble(x));
            }
        }
        Integer[] order = new Integer[points.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> Double.compare(values.get(p), values.get(q)));
        List<double[]> starts = new ArrayList<>();
        for (int k = 0; k < STARTS; k++) {
            starts.add(points.get(order[k]));
        }
        return starts;
    }

    private static double medianInterval(StepResponse r) {
        double[] d = new double[r.size() - 1];
        for (int i = 1; i < r.size(); i++) {
            d[i - 1] = r.timeSeconds(i) - r.timeSeconds(i - 1);
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }

    private static double meanSquaredError(StepResponse r, double[] predicted) {
        double sum = 0;
        for (int i = 0; i < r.size(); i++) {
            double e = predicted[i] - r.measuredRad(i);
            sum += e * e;
        }
        return sum / r.size();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The search vector, projected into its bounds. */
    private record Parameters(double deadTimeSeconds, double tauSeconds, double speedRadPerSec, double deadbandRad,
                              double backlashRad) {

        static Parameters of(double[] x) {
            return new Parameters(clamp(x[0], 0, MAX_DEAD_TIME_S),
                    Math.exp(clamp(x[1], Math.log(MIN_TAU_S), Math.log(MAX_TAU_S))),
                    Math.exp(clamp(x[2], Math.log(MIN_SPEED_RAD_S), Math.log(MAX_SPEED_RAD_S))),
                    clamp(x[3], 0, MAX_PLAY_RAD), clamp(x[4], 0, MAX_PLAY_RAD));
        }

        /** Squared distance of {@code x} outside the bounds, in units of the search's initial steps. */
        static double outside(double[] x) {
            double[] lo = {0, Math.log(MIN_TAU_S), Math.log(MIN_SPEED_RAD_S), 0, 0};
            double[] hi = {MAX_DEAD_TIME_S, Math.log(MAX_TAU_S), Math.log(MAX_SPEED_RAD_S), MAX_PLAY_RAD, MAX_PLAY_RAD};
            double sum = 0;
            for (int k = 0; k < DIMENSIONS; k++) {
                double over = x[k] < lo[k] ? lo[k] - x[k] : x[k] > hi[k] ? x[k] - hi[k] : 0;
                sum += (over / STEPS[k]) * (over / STEPS[k]);
            }
            return sum;
        }

        ServoModel model(String name) {
            return new ServoModel(name, tauSeconds, speedRadPerSec, 0, deadbandRad, backlashRad, 0);
        }
    }

    /** Mean squared error of the model over the samples, plus a penalty outside the bounds. */
    private static final class Objective implements java.util.function.ToDoubleFunction<double[]> {
        private final StepSimulation sim;
        private final double[] predicted;
        private final double scale;

        Objective(StepSimulation sim) {
            this.sim = sim;
            StepResponse r = sim.samples();
            predicted = new double[r.size()];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < r.size(); i++) {
                lo = Math.min(lo, r.commandedRad(i));
                hi = Math.max(hi, r.commandedRad(i));
            }
            scale = Math.max(1e-6, (hi - lo) * (hi - lo));
        }

        @Override
        public double applyAsDouble(double[] x) {
            Parameters p = Parameters.of(x);
            sim.run(p.model("fit"), p.deadTimeSeconds, p.speedRadPerSec, predicted);
            return meanSquaredError(sim.samples(), predicted) + scale * Parameters.outside(x);
        }
    }
}
