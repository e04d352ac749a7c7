package io.hebbian.sim.env;

import io.hebbian.controller.network.Policy;
import io.hebbian.sim.damage.DamageOnset;

/**
 * Switches a joint damage on at its onset step ({@link QuadrupedEnv#injure}) and remembers how far
 * the robot had walked by then. One per episode.
 */
public final class DamageOnsetHook implements EpisodeHooks {

    private final DamageOnset onset;
    private boolean switched;
    private double distanceAtOnsetM;

    public DamageOnsetHook(DamageOnset onset) {
        this.onset = onset;
    }

    @Override
    public void beforeStep(int step, QuadrupedEnv env, Policy policy) {
        if (step == onset.onsetStep()) {
            distanceAtOnsetM = env.distanceM();
            env.injure(onset.damage());
            switched = true;
        }
    }

    @Override
    public void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult result) {
        if (!switched && (result.terminated() || result.truncated())) {
            distanceAtOnsetM = env.distanceM();
        }
    }

    /** Whether the damage switched on (false when the episode ended before its onset). */
    public boolean switched() {
        return switched;
    }

    /**
     * Torso displacement along +x at the onset, metres; the episode's final distance when it ended
     * before the onset (so the distance after the onset is then 0).
     */
    public double distanceAtOnsetM() {
        return distanceAtOnsetM;
    }

    public DamageOnset onset() {
        return onset;
    }
}
