package io.hebbian.replay.trajectory;

/**
 * The state after {@code step} control steps (frame 0 is the state right after reset).
 *
 * @param step              control steps taken, from 0
 * @param timeSeconds       {@code step × control period}, seconds
 * @param linkPositionsM    body origin (centre of mass) of every link, world frame, metres: x, y, z per
 *                          link in the trajectory's link order (3 × links values)
 * @param linkQuaternions   body orientation of every link relative to the zero pose, (w, x, y, z) per
 *                          link (4 × links values)
 * @param jointPositionsRad measured joint angles, radians, action order
 * @param actions           the action in [-1, 1] that led to this frame, action order (zeros in frame 0)
 * @param weightNorms       Frobenius norm of each weight layer after this step (empty for a robot log
 *                          without network state)
 * @param distanceM         torso displacement along +x since reset, metres
 */
public record Frame(int step, double timeSeconds, double[] linkPositionsM, double[] linkQuaternions,
                    double[] jointPositionsRad, double[] actions, double[] weightNorms, double distanceM) {

    public Frame {
        if (step < 0) {
            throw new IllegalArgumentException("frame step must be >= 0, got " + step);
        }
        if (!Double.isFinite(timeSeconds) || !Double.isFinite(distanceM)) {
            throw new IllegalArgumentException("frame " + step + ": time and distance must be finite, got "
                    + timeSeconds + " s and " + distanceM + " m");
        }
        if (linkPositionsM.length * 4 != linkQuaternions.length * 3) {
            throw new IllegalArgumentException("frame " + step + ": " + linkPositionsM.length
                    + " position values and " + linkQuaternions.length
                    + " quaternion values do not describe the same number of links");
        }
        linkPositionsM = Arrays3.finite("frame " + step + " link positions", linkPositionsM);
        linkQuaternions = Arrays3.finite("frame " + step + " link quaternions", linkQuaternions);
        jointPositionsRad = Arrays3.finite("frame " + step + " joint positions", jointPositionsRad);
        actions = Arrays3.finite("frame " + step + " actions", actions);
        weightNorms = Arrays3.finite("frame " + step + " weight norms", weightNorms);
    }

    /** Number of links posed in this frame. */
    public int linkCount() {
        return linkPositionsM.length / 3;
    }

    @Override
    public double[] linkPositionsM() {
        return linkPositionsM.clone();
    }

    @Override
    public double[] linkQuaternions() {
        return linkQuaternions.clone();
    }

    @Override
    public double[] jointPositionsRad() {
        return jointPositionsRad.clone();
    }

    @Override
    public double[] actions() {
        return actions.clone();
    }

    @Override
    public double[] weightNorms() {
        return weightNorms.clone();
    }
}
