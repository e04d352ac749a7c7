package io.hebbian.sim.env;

import io.hebbian.controller.network.Policy;
import java.util.Arrays;

/** Test helpers: run an episode and fingerprint its trajectory bit for bit. */
final class Episodes {

    private Episodes() {
    }

    /** Torso position, every joint angle and every observation value after each step, concatenated. */
    static double[] trajectory(QuadrupedEnv env, Policy policy, long seed) {
        return trajectory(env, policy, seed, EpisodeHooks.NONE);
    }

    /** The same, with {@code also} called before each step (e.g. a damage onset). */
    static double[] trajectory(QuadrupedEnv env, Policy policy, long seed, EpisodeHooks also) {
        int joints = env.actionSpec().size();
        int per = 3 + joints + env.observationSpec().size();
        double[] out = new double[env.settings().episodeSteps() * per];
        int[] at = {0};
        EpisodeRunner.run(env, policy, seed, new EpisodeHooks() {
            @Override
            public void beforeStep(int step, QuadrupedEnv e, Policy p) {
                also.beforeStep(step, e, p);
            }

            @Override
            public void afterStep(int step, QuadrupedEnv e, Policy p, double[] action, StepResult r) {
                double[] pos = new double[3];
                e.physics().linkPosition(0, pos);
                System.arraycopy(pos, 0, out, at[0], 3);
                System.arraycopy(e.trueJointState().positionRad, 0, out, at[0] + 3, joints);
                System.arraycopy(r.observation(), 0, out, at[0] + 3 + joints, r.observation().length);
                at[0] += per;
                also.afterStep(step, e, p, action, r);
            }
        });
        return Arrays.copyOf(out, at[0]);
    }
}
