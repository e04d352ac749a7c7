package io.hebbian.cli;

import io.hebbian.controller.io.ModelFile;
import io.hebbian.controller.io.PolicyModel;
import io.hebbian.controller.io.WeightsFile;
import io.hebbian.controller.network.HebbianNetwork;
import io.hebbian.controller.network.NetworkWeights;
import io.hebbian.controller.network.Policy;
import io.hebbian.controller.network.StaticNetwork;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs a model on recorded network inputs and writes the actions: for debugging against robot logs. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Run a model on recorded network-input rows and write one action row per input row.",
            "Inputs: one observation vector per CSV row, no header or a header of channel names.",
            "Output: CSV without header, 17 significant digits."})
final class TraceCommand implements Callable<Integer> {

    @Option(names = "--coefficients", required = true, paramLabel = "FILE", description = "Model (coefficients) file.")
    Path coefficients;

    @Option(names = "--inputs", required = true, paramLabel = "IN.csv", description = "Network inputs, one row per step.")
    Path inputs;

    @Option(names = "--initial-weights", paramLabel = "W.json",
            description = "Start from these weights (hebbian-weights file) instead of random ones.")
    Path initialWeights;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for random initial weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-plasticity", description = "Keep the initial weights fixed (no Hebbian updates).")
    boolean noPlasticity;

    @Option(names = "--dump-weights", paramLabel = "DIR",
            description = "Write the weights before the first and after the last step (initial.json, final.json).")
    Path dumpWeights;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where to write the actions.")
    Path out;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws Exception {
        PolicyModel model = ModelFile.read(coefficients);
        Policy policy = model.newPolicy();
        Csv.Table table = Csv.readNumeric(inputs, policy.inputSize());
        model.observation().ifPresent(spec -> {
            if (!table.header().isEmpty() && !table.header().equals(spec.channelNames())) {
                throw new Errors.UserException(inputs + ": header does not match the model's observation channels "
                        + spec.channelNames());
            }
        });
        policy.reset(new SplittableRandom(seed));
        if (initialWeights != null) {
            if (!(policy instanceof HebbianNetwork plastic)) {
                throw new Errors.UserException("--initial-weights applies to Hebbian models; this model is "
                        + model.parameters().ruleName());
            }
            NetworkWeights w = WeightsFile.read(initialWeights);
            if (!w.shape().equals(plastic.shape())) {
                throw new Errors.UserException(initialWeights + ": weights have shape " + w.shape()
                        + ", the model has " + plastic.shape());
            }
            plastic.reset(w);
        }
        if (noPlasticity && policy instanceof HebbianNetwork plastic) {
            plastic.setPlastic(false);
        }
        if (dumpWeights != null) {
            WeightsFile.write(feedForwardWeights(policy), dumpWeights.resolve("initial.json"));
        }
        double[] action = new double[policy.outputSize()];
        List<double[]> rows = table.rows();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (double[] row : rows) {
                policy.act(row, action);
                Csv.writeRow(w, action);
            }
        }
        if (dumpWeights != null) {
            WeightsFile.write(feedForwardWeights(policy), dumpWeights.resolve("final.json"));
        }
        return 0;
    }

    /** The layers a weights file holds: a Hebbian or static network's. */
    private NetworkWeights feedForwardWeights(Policy policy) {
        if (policy instanceof HebbianNetwork h) {
            return h.weights();
        }
        if (policy instanceof StaticNetwork s) {
            return s.weights();
        }
        throw new Errors.UserException("--dump-weights writes a Hebbian or static network's layers; the weights of "
                + "the recurrent model " + coefficients + " are fixed and already in it");
    }
}
