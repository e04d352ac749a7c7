package io.hebbian.evolution.study;

import io.hebbian.evolution.analysis.Stats;
import io.hebbian.sim.damage.DamageOnset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The study's results: one CSV row per trained model, and a Markdown table with one row per
 * variant (mean ± std over training seeds and the worst seed).
 */
public final class StudyTable {

    private final StudySpec spec;
    private final List<ModelEvaluation> models;

    public StudyTable(StudySpec spec, List<ModelEvaluation> models) {
        this.spec = spec;
        this.models = List.copyOf(models);
    }

    /** Columns of one model, in CSV order. */
    private Map<String, Double> columns(ModelEvaluation m) {
        Map<String, Double> c = new LinkedHashMap<>();
        StudyEvaluation e = spec.evaluation();
        c.put("seed", (double) m.seed());
        c.put("generations", (double) m.generations());
        c.put("trainingMinutes", m.trainingSeconds() / 60);
        for (String morph : e.morphologies()) {
            c.put(morph + " m", m.morph(morph).meanM());
            if (DamageOnset.hasOnset(morph)) {
                c.put(morph + " after-onset m", m.morph(morph).afterOnsetM());
                c.put(morph + " intact same steps m", m.morph(morph).intactAfterOnsetM());
            }
        }
        for (String h : e.heldOut()) {
            c.put(h + " ratio", m.ratio(h));
        }
        for (String s : e.seen()) {
            c.put(s + " ratio", m.ratio(s));
        }
        ModelEvaluation.Morph intact = m.morph("intact");
        c.put("saturation", intact.saturation());
        c.put("targetJump", intact.targetJump());
        c.put("normGrowth", intact.normGrowth());
        for (Map.Entry<String, Double> leg : intact.legContact().entrySet()) {
            c.put("contact " + leg.getKey(), leg.getValue());
        }
        if (m.hebbian()) {
            for (Map.Entry<String, Double> f : m.freezeIntact().entrySet()) {
                c.put("freeze@" + f.getKey() + " intact m", f.getValue());
            }
            for (Map.Entry<String, Double> f : m.freezeHeldOut().entrySet()) {
                c.put("freeze@" + f.getKey() + " held-out m", f.getValue());
            }
            c.put("cross a intact-frozen m", m.crossFreeze().intactFrozenM());
            c.put("cross b intact-plastic m", m.crossFreeze().intactPlasticM());
            c.put("cross c damaged-frozen m", m.crossFreeze().damagedFrozenM());
        }
        return c;
    }

    /** One row per model; models without freeze diagnostics leave those cells empty. */
    public String csv() {
        List<String> header = new ArrayList<>();
        for (ModelEvaluation m : models) {
            for (String k : columns(m).keySet()) {
                if (!header.contains(k)) {
                    header.add(k);
                }
            }
        }
        StringBuilder sb = new StringBuilder("run,variant");
        header.forEach(h -> sb.append(',').append(h.contains(",") ? '"' + h + '"' : h));
        sb.append('\n');
        for (ModelEvaluation m : models) {
            Map<String, Double> c = columns(m);
            sb.append(m.run()).append(',').append(m.variant());
            for (String h : header) {
                Double v = c.get(h);
                sb.append(',').append(v == null ? "" : number(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Six significant digits, no trailing zeros, no exponent. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private List<ModelEvaluation> of(String variant) {
        return models.stream().filter(m -> m.variant().equals(variant)).toList();
    }

    private static String meanStd(List<ModelEvaluation> ms, ToDoubleFunction<ModelEvaluation> f, String fmt) {
        double[] v = ms.stream().mapToDouble(f).toArray();
        if (v.length == 1) {
            return String.format(Locale.ROOT, fmt, v[0]);
        }
        return String.format(Locale.ROOT, fmt + " ± " + fmt, Stats.mean(v), Stats.std(v));
    }

    /**
     * The intact gait's least-used leg: the fraction of steps its foot is down, over seeds, and its name when every
     * seed idles the same leg; "n/a" when an evaluation predates the measurement.
     */
    static String leastUsedLeg(List<ModelEvaluation> ms) {
        List<Map.Entry<String, Double>> least = new ArrayList<>();
        for (ModelEvaluation m : ms) {
            Optional<Map.Entry<String, Double>> l = m.morph("intact").leastUsedLeg();
            if (l.isEmpty()) {
                return "n/a";
            }
            least.add(l.get());
        }
        String fractions = meanStd(ms, m -> m.morph("intact").leastUsedLeg().orElseThrow().getValue(), "%.2f");
        boolean same = least.stream().map(Map.Entry::getKey).distinct().count() == 1;
        return same ? least.get(0).getKey() + " " + fractions : fractions;
    }

    private static String worst(List<ModelEvaluation> ms, ToDoubleFunction<ModelEvaluation> f) {
        return String.format(Locale.ROOT, "%.2f", ms.stream().mapToDouble(f).min().orElse(Double.NaN));
    }

    /** A Markdown report: the main table, then freeze and cross-freeze diagnostics of the plastic variants. */
    public String markdown() {
        StudyEvaluation e = spec.evaluation();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Study `%s`: %d rollouts × %d steps per morphology, evaluation seed %d; "
                + "distances in metres, mean ± std over training seeds (n = seeds trained), worst seed's ratio in "
                + "brackets.%s%n%n", spec.name(), e.rollouts(), e.episodeSteps(), e.seed(),
                e.morphologies().stream().anyMatch(DamageOnset::hasOnset) ? " A damage written @k starts intact and "
                        + "switches on at step k: its distance is the one after step k, its ratio is to the intact "
                        + "rollouts' distance over the same steps." : ""));
        sb.append("| variant | n | intact");
        for (String h : e.heldOut()) {
            sb.append(" | ").append(h).append(DamageOnset.hasOnset(h) ? " (held out, after onset)" : " (held out)")
                    .append(" | ratio");
        }
        for (String s : e.seen()) {
            sb.append(" | ").append(s).append(DamageOnset.hasOnset(s) ? " (after onset)" : "").append(" | ratio");
        }
        sb.append(" | sat. | Δtarget | \\|W\\| growth | least-used leg | train min |\n|---|---|---");
        sb.append("|---|---".repeat(e.heldOut().size() + e.seen().size())).append("|---|---|---|---|---|\n");
        for (StudyVariant v : spec.allVariants()) {
            List<ModelEvaluation> ms = of(v.name());
            if (ms.isEmpty()) {
                continue;
            }
            sb.append("| ").append(v.name()).append(" | ").append(ms.size()).append(" | ")
                    .append(meanStd(ms, m -> m.morph("intact").meanM(), "%.2f"));
            List<String> damages = new ArrayList<>(e.heldOut());
            damages.addAll(e.seen());
            for (String d : damages) {
                sb.append(" | ").append(meanStd(ms, m -> m.reportedM(d), "%.2f"));
                sb.append(" | ").append(meanStd(ms, m -> m.ratio(d), "%.2f")).append(" (")
                        .append(worst(ms, m -> m.ratio(d))).append(")");
            }
            sb.append(" | ").append(meanStd(ms, m -> m.morph("intact").saturation(), "%.2f"));
            sb.append(" | ").append(meanStd(ms, m -> m.morph("intact").targetJump(), "%.3f"));
            sb.append(" | ").append(meanStd(ms, m -> m.morph("intact").normGrowth(), "%.3g"));
            sb.append(" | ").append(leastUsedLeg(ms));
            sb.append(" | ").append(meanStd(ms, m -> m.trainingSeconds() / 60, "%.1f")).append(" |\n");
        }
        List<ModelEvaluation> plastic = models.stream().filter(ModelEvaluation::hebbian).toList();
        if (!plastic.isEmpty()) {
            String h = e.heldOut().get(0);
            sb.append(String.format(Locale.ROOT, "%nAdaptation evidence on %s (%d rollouts each): distance when "
                    + "plasticity stops at step t, as a fraction of never stopping, intact and damaged; cross-freeze "
                    + "(develop %d steps, then a new episode on the damaged body): a = developed intact, frozen; "
                    + "b = developed intact, plastic; c = developed damaged, frozen. Adaptation: freezing hurts more "
                    + "on the damaged body, and b ≈ c > a.%n%n", h, e.freezeRollouts(), e.developSteps()));
            sb.append("| variant | n");
            for (int t : e.freezeSteps()) {
                sb.append(" | frozen@").append(t).append(" intact | frozen@").append(t).append(" damaged");
            }
            sb.append(" | a | b | c |\n|---|---").append("|---|---".repeat(e.freezeSteps().size()))
                    .append("|---|---|---|\n");
            for (StudyVariant v : spec.allVariants()) {
                List<ModelEvaluation> ms = of(v.name()).stream().filter(ModelEvaluation::hebbian).toList();
                if (ms.isEmpty()) {
                    continue;
                }
                sb.append("| ").append(v.name()).append(" | ").append(ms.size());
                for (int t : e.freezeSteps()) {
                    String k = Integer.toString(t);
                    sb.append(" | ").append(meanStd(ms, m -> fraction(m.freezeIntact(), k), "%.2f"));
                    sb.append(" | ").append(meanStd(ms, m -> fraction(m.freezeHeldOut(), k), "%.2f"));
                }
                sb.append(" | ").append(meanStd(ms, m -> m.crossFreeze().intactFrozenM(), "%.2f"));
                sb.append(" | ").append(meanStd(ms, m -> m.crossFreeze().intactPlasticM(), "%.2f"));
                sb.append(" | ").append(meanStd(ms, m -> m.crossFreeze().damagedFrozenM(), "%.2f")).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static double fraction(Map<String, Double> freeze, String step) {
        double never = freeze.getOrDefault("never", 0.0);
        return never == 0 ? 0 : freeze.getOrDefault(step, 0.0) / never;
    }
}
