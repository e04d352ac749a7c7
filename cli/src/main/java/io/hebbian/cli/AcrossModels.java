package io.hebbian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hebbian.evolution.analysis.MorphologyResult;
import io.hebbian.evolution.analysis.Stats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Summary of one evaluation over several models (e.g. one per training seed): per morphology the
 * mean and spread of the models' mean distances, and each model's ratio to its intact distance.
 * One lucky seed proves nothing. A damage with an onset ({@code <damage>@<step>}) counts the distance
 * after its onset, and its ratio is to the intact rollouts' distance over the same steps.
 */
final class AcrossModels {

    private AcrossModels() {
    }

    static double[] meansOf(List<List<MorphologyResult>> perModel, int morphology) {
        return perModel.stream().mapToDouble(r -> reported(r.get(morphology))).toArray();
    }

    private static double reported(MorphologyResult r) {
        return r.afterOnset().map(MorphologyResult.AfterOnset::meanM).orElse(r.meanDistanceM());
    }

    /** Each model's distance on {@code morphology} divided by its intact distance (NaN without intact). */
    static double[] ratiosToIntact(List<String> morphologies, List<List<MorphologyResult>> perModel, int morphology) {
        int intact = morphologies.indexOf("intact");
        return perModel.stream().mapToDouble(r -> r.get(morphology).afterOnset().isPresent()
                ? r.get(morphology).afterOnset().get().ratioToIntact()
                : intact < 0 ? Double.NaN : r.get(morphology).meanDistanceM() / r.get(intact).meanDistanceM()).toArray();
    }

    static void print(PrintWriter out, List<String> morphologies, List<List<MorphologyResult>> perModel) {
        out.printf(Locale.ROOT, "%nacross %d models: mean ± std of the models' mean distances; ratio to intact (min..max)%n",
                perModel.size());
        for (int m = 0; m < morphologies.size(); m++) {
            double[] d = meansOf(perModel, m);
            double[] ratio = ratiosToIntact(morphologies, perModel, m);
            double lo = java.util.Arrays.stream(ratio).min().orElse(Double.NaN);
            double hi = java.util.Arrays.stream(ratio).max().orElse(Double.NaN);
            out.printf(Locale.ROOT, "%-28s %8.2f ± %6.2f m   ratio %.2f (%.2f..%.2f)%n", morphologies.get(m),
                    Stats.mean(d), Stats.std(d), Stats.mean(ratio), lo, hi);
        }
    }

    static ArrayNode toJson(List<String> morphologies, List<List<MorphologyResult>> perModel) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (int m = 0; m < morphologies.size(); m++) {
            double[] d = meansOf(perModel, m);
            double[] ratio = ratiosToIntact(morphologies, perModel, m);
            ObjectNode o = arr.addObject();
            o.put("morphology", morphologies.get(m));
            o.put("meanOfMeansM", Stats.mean(d));
            o.put("stdOfMeansM", Stats.std(d));
            o.put("meanRatioToIntact", Stats.mean(ratio));
        }
        return arr;
    }
}
