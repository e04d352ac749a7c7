package io.hebbian.controller.network;

/**
 * When a plastic network applies its rule, after Dittrich, van Diggelen and Floreano's Hebbian attractor
 * networks (ICRA 2026): the weights change every {@code interval} control steps, from the pre- and
 * post-synaptic activity averaged over the last {@code window} steps (fewer at the start of an episode).
 * Slower, smoothed plasticity lets bounded weights settle on a fixed point instead of a limit cycle that
 * the rule replays every step. {@link #EVERY_STEP} is the paper's rule: every step, this step's activity.
 *
 * @param interval control steps between weight updates, at least 1
 * @param window   control steps of activity averaged into each update, at least 1
 */
public record PlasticitySchedule(int interval, int window) {

    /** Upper bound of both values: a window this long already spans most of an episode. */
    public static final int MAX_STEPS = 1000;

    /** One update per control step from that step's activity (the paper). */
    public static final PlasticitySchedule EVERY_STEP = new PlasticitySchedule(1, 1);

    public PlasticitySchedule {
        if (interval < 1 || interval > MAX_STEPS) {
            throw new IllegalArgumentException("plasticity interval must be within [1, " + MAX_STEPS
                    + "] control steps: " + interval);
        }
        if (window < 1 || window > MAX_STEPS) {
            throw new IllegalArgumentException("activity window must be within [1, " + MAX_STEPS
                    + "] control steps: " + window);
        }
    }

    /** Whether this is the paper's every-step rule. */
    public boolean isEveryStep() {
        return interval == 1 && window == 1;
    }
}
