package io.hebbian.evolution.analysis;

import io.hebbian.controller.damage.Morphology;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.network.Policy;
import io.hebbian.sim.damage.DamageOnset;
import io.hebbian.sim.env.DamageOnsetHook;
import io.hebbian.sim.env.EpisodeHooks;
import io.hebbian.sim.env.EpisodeResult;
import io.hebbian.sim.env.GaitStats;
import io.hebbian.sim.env.QuadrupedEnv;
import io.hebbian.sim.env.Rollouts;
import io.hebbian.sim.env.SimSettings;
import io.hebbian.sim.env.StepResult;
import io.hebbian.sim.robot.RobotDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The paper's Table 1 for one model: many rollouts per morphology, each from new random initial
 * weights (see {@link Rollouts} for seeding). Deterministic for a seed, whatever the thread count.
 * A morphology written {@code <damage>@<step>} ({@link DamageOnset}) starts intact and the joint damage
 * switches on at that step; its result adds the distance after the onset and the intact rollouts'
 * distance over the same steps (the intact body is evaluated too when not asked for).
 */
public final class Evaluation {

    private final Rollouts rollouts;
    private final int episodeSteps;

    /**
     * @param model a complete model (its observation spec must match the robot)
     * @param robot the robot to run it on
     * @param sim   physics settings (normally the model's own)
     */
    public Evaluation(PolicyModel model, RobotDescription robot, SimSettings sim) throws Exception {
        this.rollouts = new Rollouts(model, robot, sim);
        this.episodeSteps = sim.episodeSteps();
    }

    /** Runs {@code count} episodes on each morphology using {@code threads} threads. */
    public List<MorphologyResult> run(List<String> morphologies, int count, long seed, int threads)
            throws InterruptedException {
        List<Optional<DamageOnset>> onsets = new ArrayList<>();
        List<String> damages = new ArrayList<>();
        for (String s : morphologies) {
            Optional<DamageOnset> o = onset(s);
            onsets.add(o);
            damages.add(o.map(d -> d.damage().name()).orElse(s));
        }
        List<Morphology> worlds = new ArrayList<>(rollouts.morphologies(damages));
        int intact = -1;
        for (int mi = 0; mi < worlds.size(); mi++) {
            if (onsets.get(mi).isPresent()) {
                worlds.set(mi, Morphology.intact());
            } else if (intact < 0 && worlds.get(mi).isIntact()) {
                intact = mi;
            }
        }
        if (intact < 0 && onsets.stream().anyMatch(Optional::isPresent)) {
            worlds.add(Morphology.intact());
            intact = worlds.size() - 1;
        }
        List<List<Rollouts.Run<NormProbe>>> runs = rollouts.run(worlds, count, seed, threads,
                (policy, m, r) -> new NormProbe(policy, m < onsets.size() ? onsets.get(m) : Optional.empty()));
        List<MorphologyResult> out = new ArrayList<>();
        for (int mi = 0; mi < morphologies.size(); mi++) {
            List<Rollouts.Run<NormProbe>> row = runs.get(mi);
            EpisodeResult[] results = new EpisodeResult[row.size()];
            double[] growth = new double[row.size()];
            for (int r = 0; r < row.size(); r++) {
                results[r] = row.get(r).result();
                growth[r] = row.get(r).hooks().growth();
            }
            Optional<MorphologyResult.AfterOnset> after = onsets.get(mi).isPresent()
                    ? Optional.of(afterOnset(onsets.get(mi).get(), row, runs.get(intact))) : Optional.empty();
            out.add(summarise(morphologies.get(mi), results, growth, after));
        }
        return out;
    }

    private Optional<DamageOnset> onset(String spec) {
        if (!DamageOnset.hasOnset(spec)) {
            return Optional.empty();
        }
        DamageOnset o;
        try {
            o = DamageOnset.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("morphology " + e.getMessage(), e);
        }
        if (o.onsetStep() >= episodeSteps) {
            throw new IllegalArgumentException("morphology '" + spec + "': onset step " + o.onsetStep()
                    + " is beyond the " + episodeSteps + "-step episode");
        }
        return Optional.of(o);
    }

    private static MorphologyResult.AfterOnset afterOnset(DamageOnset onset, List<Rollouts.Run<NormProbe>> damaged,
                                                          List<Rollouts.Run<NormProbe>> intact) {
        int n = damaged.size();
        double[] after = new double[n];
        double[] intactAfter = new double[n];
        for (int r = 0; r < n; r++) {
            double atOnset = damaged.get(r).hooks().onset.orElseThrow().distanceAtOnsetM();
            after[r] = damaged.get(r).result().distanceM() - atOnset;
            intactAfter[r] = intact.get(r).result().distanceM() - atOnset;
        }
        return new MorphologyResult.AfterOnset(onset.onsetStep(), after, Stats.mean(after), Stats.std(after),
                Stats.mean(intactAfter));
    }

    static MorphologyResult summarise(String morphology, EpisodeResult[] rs, double[] growth,
                                      Optional<MorphologyResult.AfterOnset> afterOnset) {
        int n = rs.length;
        double[] d = new double[n];
        int solved = 0;
        double sat = 0;
        double jump = 0;
        double feet = 0;
        double tilt = 0;
        double power = 0;
        double g = 0;
        double[] legs = new double[n > 0 ? rs[0].gait().legContactFractions().size() : 0];
        for (int k = 0; k < n; k++) {
            d[k] = rs[k].distanceM();
            solved += rs[k].distancePaperUnits() >= MorphologyResult.SOLVED_PAPER_UNITS ? 1 : 0;
            sat += rs[k].gait().saturatedFraction();
            jump += rs[k].gait().meanTargetJumpFraction();
            feet += rs[k].gait().meanFeetOnGround();
            tilt += rs[k].gait().meanTiltRad();
            power += rs[k].gait().meanPowerW();
            for (int leg = 0; leg < legs.length; leg++) {
                legs[leg] += rs[k].gait().legContactFractions().get(leg);
            }
            g += growth[k];
        }
        return new MorphologyResult(morphology, d, Stats.mean(d), Stats.std(d), (double) solved / n,
                new GaitStats(sat / n, jump / n, feet / n, tilt / n, power / n,
                        Arrays.stream(legs).map(c -> c / n).boxed().toList()), g / n, afterOnset);
    }

    /** Records the policy's total weight norm at the first and last step; switches an onset damage on. */
    private static final class NormProbe implements EpisodeHooks {
        private final Policy policy;
        private final Optional<DamageOnsetHook> onset;
        private final double[] norms;
        private double initial;
        private double last;

        NormProbe(Policy policy, Optional<DamageOnset> onset) {
            this.policy = policy;
            this.onset = onset.map(DamageOnsetHook::new);
            this.norms = WeightNorm.scratch(policy);
        }

        private double total() {
            return WeightNorm.total(policy, norms);
        }

        @Override
        public void beforeStep(int step, QuadrupedEnv env, Policy p) {
            if (step == 0) {
                initial = total();
            }
            onset.ifPresent(o -> o.beforeStep(step, env, p));
        }

        @Override
        public void afterStep(int step, QuadrupedEnv env, Policy p, double[] action, StepResult r) {
            if (r.terminated() || r.truncated()) {
                last = total();
            }
            onset.ifPresent(o -> o.afterStep(step, env, p, action, r));
        }

        double growth() {
            return initial > 0 ? last / initial : 1;
        }
    }
}
