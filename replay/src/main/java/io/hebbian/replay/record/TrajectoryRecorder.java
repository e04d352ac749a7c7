package io.hebbian.replay.record;

import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.WeightMatrix;
import io.hebbian.replay.trajectory.Frame;
import io.hebbian.replay.trajectory.JointGeometry;
import io.hebbian.replay.trajectory.LayerShape;
import io.hebbian.replay.trajectory.LinkGeometry;
import io.hebbian.replay.trajectory.QuantisedLayer;
import io.hebbian.replay.trajectory.Trajectory;
import io.hebbian.replay.trajectory.TrajectoryInfo;
import io.hebbian.replay.trajectory.WeightSnapshot;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.physics.OdeRobot;
import java.util.ArrayList;
import java.util.List;

/**
 * Episode hooks that record a {@link Trajectory}: the state after reset and after every step, the
 * weight norms every step and quantised weights every {@code weightsEverySteps} steps and at the end.
 * One recorder per episode.
 */
public final class TrajectoryRecorder implements EpisodeHooks {

    private final int weightsEverySteps;
    private final List<Frame> frames = new ArrayList<>();
    private final List<WeightSnapshot> snapshots = new ArrayList<>();
    private List<LayerShape> layers = List.of();
    private List<LinkGeometry> links = List.of();
    private List<JointGeometry> joints = List.of();

    /** @param weightsEverySteps snapshot interval in control steps, at least 1 */
    public TrajectoryRecorder(int weightsEverySteps) {
        if (weightsEverySteps < 1) {
            throw new IllegalArgumentException("weights interval must be >= 1 step, got " + weightsEverySteps);
        }
        this.weightsEverySteps = weightsEverySteps;
    }

    @Override
    public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
        if (step == 0) {
            List<LayerShape> ls = new ArrayList<>();
            for (WeightMatrix m : policy.weightMatrices()) {
                ls.add(new LayerShape(m.in(), m.out()));
            }
            layers = List.copyOf(ls);
            links = RobotGeometry.links(env.physics());
            joints = RobotGeometry.joints(env.robot());
            record(0, env, policy, new double[env.actionSpec().size()], true);
        }
    }

    @Override
    public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult result) {
        int done = step + 1;
        boolean last = result.terminated() || result.truncated();
        record(done, env, policy, action, done % weightsEverySteps == 0 || last);
    }

    private void record(int step, QuadrupedEnv env, Policy policy, double[] action, boolean snapshot) {
        OdeRobot ode = env.physics();
        int n = ode.linkCount();
        double[] pos = new double[3 * n];
        double[] quat = new double[4 * n];
        double[] p = new double[3];
        double[] q = new double[4];
        for (int b = 0; b < n; b++) {
            ode.linkPosition(b, p);
            ode.linkQuaternion(b, q);
            System.arraycopy(p, 0, pos, 3 * b, 3);
            System.arraycopy(q, 0, quat, 4 * b, 4);
        }
        double[] norms = new double[layers.size()];
        policy.weightNorms(norms);
        double[] action01 = new double[action.length];
        for (int k = 0; k < action.length; k++) {
            double a = action[k];
            action01[k] = Double.isFinite(a) ? Math.max(-1, Math.min(1, a)) : 0.0;
        }
        double[] joints = env.trueJointState().positionRad.clone();
        frames.add(new Frame(step, step * env.settings().controlPeriodSeconds(), pos, quat, joints, action01,
                norms, env.distanceM()));
        if (snapshot) {
            List<WeightMatrix> w = policy.weightMatrices();
            List<QuantisedLayer> qs = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                qs.add(QuantisedLayer.of(layers.get(l), w.get(l).values()));
            }
            snapshots.add(new WeightSnapshot(step, qs));
        }
    }

    /**
     * The recorded episode.
     *
     * @throws IllegalStateException if no episode was recorded yet
     */
    public Trajectory trajectory(TrajectoryInfo info) {
        if (frames.isEmpty()) {
            throw new IllegalStateException("no episode recorded yet: run an episode with this recorder as its hooks");
        }
        return new Trajectory(info, links, joints, layers, frames, weightsEverySteps, snapshots);
    }
}
