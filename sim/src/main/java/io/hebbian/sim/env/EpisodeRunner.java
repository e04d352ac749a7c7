package io.hebbian.sim.env;

import io.hebbian.controller.network.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs one episode of a policy in an env. Seeding: {@code root = new SplittableRandom(seed)};
 * the policy is reset with {@code root.split()}, then the env with {@code root.nextLong()}.
 */
public final class EpisodeRunner {

    private EpisodeRunner() {
    }

    /**
     * @param env    the env (reset here)
     * @param policy the policy (reset here); its sizes must match the env's observation and actions
     * @param seed   episode seed
     * @param hooks  observers, or {@link EpisodeHooks#NONE}
     */
    public static EpisodeResult run(QuadrupedEnv env, Policy policy, long seed, EpisodeHooks hooks) {
        int joints = env.actionSpec().size();
        if (policy.inputSize() != env.observationSpec().size() || policy.outputSize() != joints) {
            throw new IllegalArgumentException("policy takes " + policy.inputSize() + " inputs and gives "
                    + policy.outputSize() + " outputs, but the env has " + env.observationSpec().size()
                    + " observations and " + joints + " joints");
        }
        SplittableRandom root = new SplittableRandom(seed);
        policy.reset(root.split());
        double[] obs = env.reset(root.nextLong());
        double[] action = new double[joints];
        double[] previous = new double[joints];
        boolean first = true;
        double[] termSums = new double[RewardTerm.values().length];
        double reward = 0;
        long saturated = 0;
        double jump = 0;
        long[] legContacts = new long[env.legCount()];
        double tilt = 0;
        boolean terminated = false;
        int step = 0;
        while (true) {
            hooks.beforeStep(step, env, policy);
            policy.act(obs, action);
            StepResult r = env.step(action);
            hooks.afterStep(step, env, policy, action, r);
            for (int k = 0; k < joints; k++) {
                double a = Double.isFinite(action[k]) ? Math.max(-1, Math.min(1, action[k])) : previous[k];
                saturated += Math.abs(a) > GaitStats.SATURATION ? 1 : 0;
                jump += first ? 0 : 0.5 * Math.abs(a - previous[k]);
                previous[k] = a;
            }
            first = false;
            for (RewardTerm t : RewardTerm.values()) {
                termSums[t.ordinal()] += r.term(t);
            }
            reward += r.reward();
            for (int leg = 0; leg < legContacts.length; leg++) {
                legContacts[leg] += env.footOnGround(leg) ? 1 : 0;
            }
            tilt += env.torsoTiltRad();
            step++;
            obs = r.observation();
            if (r.terminated() || r.truncated()) {
                terminated = r.terminated();
                break;
            }
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        for (RewardTerm t : RewardTerm.values()) {
            terms.put(t.id(), termSums[t.ordinal()]);
        }
        long contacts = 0;
        List<Double> legFractions = new ArrayList<>(legContacts.length);
        for (long c : legContacts) {
            contacts += c;
            legFractions.add((double) c / step);
        }
        double feet = (double) contacts / step;
        GaitStats gait = new GaitStats((double) saturated / ((long) step * joints),
                step > 1 ? jump / ((double) (step - 1) * joints) : 0, feet, tilt / step,
                termSums[RewardTerm.ENERGY.ordinal()] / (step * env.settings().controlPeriodSeconds()), legFractions);
        return new EpisodeResult(env.distanceM(), step, terminated, reward, terms, gait);
    }
}
