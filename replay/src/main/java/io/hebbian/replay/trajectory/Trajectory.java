package io.hebbian.replay.trajectory;

import java.util.List;

/**
 * One recorded episode: what it is, the robot's geometry, one {@link Frame} per control step and the
 * weights at some steps. Immutable. Written and read by {@link TrajectoryJson}; documented in
 * {@code docs/replay.md}.
 *
 * @param info               what was recorded
 * @param links              links in pose order (the order of {@link Frame#linkPositionsM()})
 * @param joints             joints in action order
 * @param layers             weight layer sizes, input side first (empty without network state)
 * @param frames             frames 0..T, at least one, steps increasing
 * @param weightsEverySteps  snapshot interval in control steps (snapshots may also fall on the last frame)
 * @param snapshots          weight snapshots, steps increasing
 */
public record Trajectory(TrajectoryInfo info, List<LinkGeometry> links, List<JointGeometry> joints,
                         List<LayerShape> layers, List<Frame> frames, int weightsEverySteps,
                         List<WeightSnapshot> snapshots) {

    public Trajectory {
        links = List.copyOf(links);
        joints = List.copyOf(joints);
        layers = List.copyOf(layers);
        frames = List.copyOf(frames);
        snapshots = List.copyOf(snapshots);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least one frame");
        }
        if (weightsEverySteps < 1) {
            throw new IllegalArgumentException("weights interval must be >= 1 step, got " + weightsEverySteps);
        }
        int previous = -1;
        for (Frame f : frames) {
            checkFrame(f, previous, links.size(), joints.size(), layers.size());
            previous = f.step();
        }
        previous = -1;
        for (WeightSnapshot s : snapshots) {
            if (s.step() <= previous) {
                throw new IllegalArgumentException("snapshot steps must increase, got " + s.step() + " after "
                        + previous);
            }
            previous = s.step();
            for (int l = 0; l < s.layers().size() || l < layers.size(); l++) {
                if (l >= s.layers().size() || l >= layers.size() || !s.layers().get(l).shape().equals(layers.get(l))) {
                    throw new IllegalArgumentException("snapshot at step " + s.step() + " has layers "
                            + s.layers().stream().map(QuantisedLayer::shape).toList() + ", expected " + layers);
                }
            }
        }
    }

    private static void checkFrame(Frame f, int previous, int links, int joints, int layers) {
        if (f.step() <= previous) {
            throw new IllegalArgumentException("frame steps must increase, got " + f.step() + " after " + previous);
        }
        if (f.linkCount() != links) {
            throw new IllegalArgumentException("frame " + f.step() + " poses " + f.linkCount() + " links, expected "
                    + links);
        }
        if (f.jointPositionsRad().length != joints || f.actions().length != joints) {
            throw new IllegalArgumentException("frame " + f.step() + " has " + f.jointPositionsRad().length
                    + " joint positions and " + f.actions().length + " actions, expected " + joints + " each");
        }
        int norms = f.weightNorms().length;
        if (norms != 0 && norms != layers) {
            throw new IllegalArgumentException("frame " + f.step() + " has " + norms + " weight norms, expected "
                    + layers + " (one per layer) or none");
        }
    }

    /** The last frame. */
    public Frame last() {
        return frames.get(frames.size() - 1);
    }

    /** Control steps recorded (the last frame's step). */
    public int steps() {
        return last().step();
    }
}
