package io.hebbian.sim.env;

/**
 * The outcome of one {@link QuadrupedEnv#step}: observation, reward and its named terms, and the
 * two ways an episode ends. Owned and reused by its env (read it before the next step).
 */
public final class StepResult {

    private final double[] observation;
    private final double[] terms = new double[RewardTerm.values().length];
    private boolean terminated;
    private boolean truncated;
    private boolean fallen;

    StepResult(double[] observation) {
        this.observation = observation;
    }

    /** The network input after this step (owned by the env). */
    public double[] observation() {
        return observation;
    }

    /** The reward: the progress along +x this step, metres. */
    public double reward() {
        return terms[RewardTerm.PROGRESS.ordinal()];
    }

    public double term(RewardTerm term) {
        return terms[term.ordinal()];
    }

    /** The episode cannot go on: non-finite state, or fallen over with early stopping on. */
    public boolean terminated() {
        return terminated;
    }

    /** The episode reached its step limit. */
    public boolean truncated() {
        return truncated;
    }

    /** The torso is upside down or below half its initial height (whether or not that ends the episode). */
    public boolean fallen() {
        return fallen;
    }

    void set(RewardTerm term, double value) {
        terms[term.ordinal()] = value;
    }

    void end(boolean terminatedNow, boolean truncatedNow, boolean fallenNow) {
        this.terminated = terminatedNow;
        this.truncated = truncatedNow;
        this.fallen = fallenNow;
    }
}
