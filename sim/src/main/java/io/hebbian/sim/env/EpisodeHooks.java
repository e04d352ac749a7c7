package io.hebbian.sim.env;

import io.hebbian.controller.network.Policy;

/**
 * Observers and interventions around each control step of an episode (recording, perturbation
 * experiments, freezing plasticity). Hooks must not call {@code reset} or {@code step}.
 */
public interface EpisodeHooks {

    /** No hooks. */
    EpisodeHooks NONE = new EpisodeHooks() {
    };

    /** Called before the policy acts at control step {@code step} (0-based). */
    default void beforeStep(int step, QuadrupedEnv env, Policy policy) {
    }

    /** Called after the env stepped with {@code action} (Not modified) and produced {@code result}. */
    default void afterStep(int step, QuadrupedEnv env, Policy policy, double[] action, StepResult result) {
    }
}
