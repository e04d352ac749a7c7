package io.hebbian.sim.servo;

import io.hebbian.controller.spec.StepResponse;
import io.hebbian.sim.env.ServoModel;

/**
 * What a servo following {@link ServoModel}'s own law would have measured over a recorded command:
 * the command is delayed by a dead time, passed through the backlash band
 * ({@link ServoModel#setpointRad}) and tracked with {@link ServoModel#velocityRadPerSec} (deadband, first-order
 * lag, speed cap). The law is solved in steps no longer than the given step, split exactly at every sample time
 * and every (delayed) command change so the prediction is continuous in the dead time: a step at the speed cap
 * moves linearly, an unsaturated one decays the error exactly ({@code exp(-dt/τ)}, stopping at the deadband's
 * edge), so the result is the continuous-time law's, not the simulator's 4 ms Euler substeps.
 * The servo starts at rest at the first measurement with its setpoint on the first command, as the simulator's
 * servos start an episode. Allocation-free per run.
 */
final class StepSimulation {

    private final StepResponse samples;
    private final double maxStepSeconds;

    /**
     * @param samples        the recording whose command is replayed
     * @param maxStepSeconds longest integration step, s, positive
     */
    StepSimulation(StepResponse samples, double maxStepSeconds) {
        if (!(maxStepSeconds > 0) || !Double.isFinite(maxStepSeconds)) {
            throw new IllegalArgumentException("integration step must be a positive number of seconds, got "
                    + maxStepSeconds);
        }
        this.samples = samples;
        this.maxStepSeconds = maxStepSeconds;
    }

    StepResponse samples() {
        return samples;
    }

    /**
     * Simulates the recording.
     *
     * @param servo           lag, deadband and backlash (its latency and torque fields are not used)
     * @param deadTimeSeconds delay from a command's sample time to the servo acting on it, s, ≥ 0
     * @param capRadPerSec    speed cap, rad/s, positive; infinite for none
     * @param predictedRad    receives the position at every sample time (Modified), length {@code samples.size()}
     * @return the time the servo spent at its speed cap, s
     */
    double run(ServoModel servo, double deadTimeSeconds, double capRadPerSec, double[] predictedRad) {
        int n = samples.size();
        if (predictedRad.length != n) {
            throw new IllegalArgumentException("expected room for " + n + " predictions, got " + predictedRad.length);
        }
        double inverseTau = 1.0 / servo.timeConstantSeconds();
        double angle = samples.measuredRad(0);
        double setpoint = samples.commandedRad(0);
        double t = samples.timeSeconds(0);
        double saturatedSeconds = 0;
        int due = 0;
        predictedRad[0] = angle;
        for (int i = 1; i < n; i++) {
            double sampleTime = samples.timeSeconds(i);
            while (t < sampleTime) {
                while (due + 1 < n && samples.timeSeconds(due + 1) + deadTimeSeconds <= t) {
                    due++;
                }
                double end = sampleTime;
                if (due + 1 < n) {
                    end = Math.min(end, samples.timeSeconds(due + 1) + deadTimeSeconds);
                }
                setpoint = servo.setpointRad(setpoint, samples.commandedRad(due));
                double span = end - t;
                int steps = Math.max(1, (int) Math.ceil(span / maxStepSeconds));
                double dt = span / steps;
                double decay = Math.exp(-dt * inverseTau);
                for (int k = 0; k < steps; k++) {
                    double error = setpoint - angle;
                    double v = servo.velocityRadPerSec(error, capRadPerSec);
                    if (v == 0) {
                        continue;
                    }
                    if (Math.abs(v) >= capRadPerSec) {
                        saturatedSeconds += dt;
                        angle += v * dt;
                    } else {
                        double left = error * decay;
                        angle = setpoint - (Math.abs(left) < servo.deadbandRad() ? Math.copySign(servo.deadbandRad(), error)
                                : left);
                    }
                }
                t = end;
            }
            predictedRad[i] = angle;
        }
        return saturatedSeconds;
    }
}
