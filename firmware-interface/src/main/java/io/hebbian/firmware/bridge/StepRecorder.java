package io.hebbian.firmware.bridge;

import io.hebbian.controller.safety.GateOutcome;
import io.hebbian.controller.spec.JointStateSample;
import io.hebbian.controller.spec.StepResponse;
import io.hebbian.firmware.bus.ServoException;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Records one joint's step response through an enabled {@link ServoBridge}: every cycle of the {@link StepPlan}
 * sends the whole pose (every other joint holding its start angle, this one at the plan's command) through the
 * bridge's safety gate, then reads the joints and timestamps the reading at the middle of the read; the recording
 * ends after the plan's time or its number of samples, whichever comes first (a slow bus gives fewer samples,
 * never a longer step). The gate
 * must pass the step unchanged (its rate limit at least the step, both ends inside the limits: see
 * {@link StepPlan#check}); a command it alters, a bridge that leaves {@link BridgeState#ACTIVE} (watchdog,
 * fault, disconnect) or more than a tenth of the reads lost end the recording with a {@link ServoException}.
 * The joint ends where it started; torque stays as the bridge has it (the caller closes the bridge).
 *
 * <p>Time is passed in: a monotonic clock and a way to wait until a deadline ({@link #wallClock} for real use).
 */
public final class StepRecorder {

    /** Waits until a deadline on the recorder's clock. */
    @FunctionalInterface
    public interface Pacer {
        void waitUntil(long deadlineNanos) throws InterruptedException;
    }

    private final ServoBridge bridge;
    private final int joint;
    private final StepPlan plan;
    private final LongSupplier clockNanos;
    private final Pacer pacer;

    /**
     * @param joint index of the stepped joint in the bridge's config
     * @throws IllegalArgumentException if the bridge's rate limit would cut the step
     */
    public StepRecorder(ServoBridge bridge, int joint, StepPlan plan, LongSupplier clockNanos, Pacer pacer) {
        if (bridge.settings().maxStepRad() < Math.abs(plan.stepRad())) {
            throw new IllegalArgumentException("the bridge's rate limit (" + bridge.settings().maxStepRad()
                    + " rad per command) would cut the " + plan.stepRad() + " rad step: build it with withMaxStepRad("
                    + "|step|)");
        }
        this.bridge = bridge;
        this.joint = joint;
        this.plan = plan;
        this.clockNanos = clockNanos;
        this.pacer = pacer;
    }

    /** A recorder on {@link System#nanoTime()} that parks the thread between cycles. */
    public static StepRecorder wallClock(ServoBridge bridge, int joint, StepPlan plan) {
        return new StepRecorder(bridge, joint, plan, System::nanoTime, deadline -> {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException("step recording interrupted");
                }
            }
        });
    }

    /**
     * Runs the plan.
     *
     * @param startPoseRad the pose the bridge holds, one angle per joint in config order (Not modified); the
     *                     stepped joint's start is its entry
     * @return the samples: time from the first command, s; the stepped joint's command and measured angle, rad
     * @throws ServoException       if the gate alters a command, the bridge stops being active or reads are lost
     * @throws InterruptedException if the thread is interrupted while waiting for the next cycle
     */
    public StepResponse record(double[] startPoseRad) throws ServoException, InterruptedException {
        double start = startPoseRad[joint];
        double[] pose = startPoseRad.clone();
        JointStateSample state = new JointStateSample(pose.length);
        int planned = plan.samples();
        double[] t = new double[planned];
        double[] commanded = new double[planned];
        double[] measured = new double[planned];
        int n = 0;
        int cycles = 0;
        long periodNanos = Math.round(1e9 / plan.rateHz());
        long endNanos = Math.round(plan.totalSeconds() * 1e9);
        long t0 = clockNanos.getAsLong();
        for (; cycles < planned; cycles++) {
            pacer.waitUntil(t0 + cycles * periodNanos);
            long now = clockNanos.getAsLong();
            if (now - t0 >= endNanos) {
                break;
            }
            pose[joint] = plan.commandRad(start, (now - t0) * 1e-9);
            GateOutcome outcome = bridge.command(pose, now);
            if (outcome != GateOutcome.PASSED) {
                throw new ServoException("the safety gate did not pass the command (" + outcome + ", bridge "
                        + bridge.state() + "): recording stopped" + why());
            }
            long before = clockNanos.getAsLong();
            boolean read = bridge.readState(state, before);
            long after = clockNanos.getAsLong();
            bridge.tick(after);
            if (bridge.state() != BridgeState.ACTIVE) {
                throw new ServoException("recording stopped: the bridge is " + bridge.state() + why());
            }
            if (read) {
                t[n] = ((before - t0) + (after - before) / 2) * 1e-9;
                commanded[n] = pose[joint];
                measured[n] = state.positionRad[joint];
                n++;
            }
        }
        if (n < cycles - cycles / 10 || n < StepResponse.MIN_SAMPLES) {
            throw new ServoException("lost " + (cycles - n) + " of " + cycles + " joint reads during the step"
                    + why() + ": check the wiring, or lower the rate");
        }
        return new StepResponse(Arrays.copyOf(t, n), Arrays.copyOf(commanded, n), Arrays.copyOf(measured, n));
    }

    private String why() {
        String error = bridge.status().lastError();
        return error.isEmpty() ? "" : " (" + error + ")";
    }
}
