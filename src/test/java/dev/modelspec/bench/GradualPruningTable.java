package dev.modelspec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.FashionMnistTest;
import dev.modelspec.data.FashionMnistTrain;
import dev.modelspec.interop.PythonTensorFlow;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.metrics.size.SizeKind;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.pruning.GradualPruning;
import dev.modelspec.recipe.pruning.PolynomialDecay;
import dev.modelspec.recipe.pruning.Pruning;
import dev.modelspec.recipe.quantization.Quantization;
import dev.modelspec.workbench.BaselineRequest;
import dev.modelspec.workbench.TensorFlowWorkbench;
import dev.modelspec.workbench.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The tfmot pruning tutorial's table on {@code fashion-cnn-small}: one-shot 80%, the same fine-tuning
 * without pruning (a control: how much of the result is training alone), gradual 50% → 80% with
 * fine-tuning, and gradual then int8; accuracy, sparsity, serving-weights gzip and packed size
 * against the baseline, all through the real workbench.
 *
 * <p>Usage: {@code GradualPruningTable [cacheDir] [epochs] [batchSize] [endFraction] [modelDir] [frequency]
 * [learningRate] [seeds]}: the schedule reaches 80% after {@code endFraction} of the training steps
 * (default 1) and holds it after, pruning every {@code frequency} steps (default 10; tfmot's default is
 * 100); {@code modelDir} is another baseline (default {@code examples/models/fashion-cnn-small}),
 * fine-tuned through its derived training graph when it has no {@code train} signature;
 * {@code learningRate} chooses Adam at that rate ({@code default}: the recipe's default); gradual pruning
 * runs once per seed of the comma-separated {@code seeds} (default 42).
 *
 * <p>When the baseline's Keras model lies beside it ({@code <modelDir>.keras}, as the generator of
 * {@code keras3_trained_cnn} writes it), Python Keras prunes it too with tfmot's algorithm
 * ({@code modelspec_pruning.py}), the same schedule, optimizer and training images, once per seed, and
 * the table shows its rows under ModelSpec's.
 */
public final class GradualPruningTable {

    private GradualPruningTable() {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length > 0 ? args[0] : "target/modelspec/bench-cache");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        Path model = Path.of(args.length > 4 ? args[4] : "examples/models/fashion-cnn-small").toAbsolutePath();
        int trainingExamples = new FashionMnistTrain().load().size();
        double endFraction = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        long endStep = Math.round(Math.ceil(trainingExamples / (double) batch) * epochs * endFraction);
        int frequency = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        OptionalDouble learningRate = args.length > 6 && !args[6].equals("default")
                ? OptionalDouble.of(Double.parseDouble(args[6])) : OptionalDouble.empty();
        long[] seeds = Arrays.stream((args.length > 7 ? args[7] : String.valueOf(Recipe.DEFAULT_SEED)).split(","))
                .mapToLong(Long::parseLong).toArray();
        PolynomialDecay schedule = new PolynomialDecay(0.5, 0.8, 0, endStep, 3, frequency);
        GradualPruning pruning = Pruning.gradual(Pruning.magnitude(), schedule).epochs(epochs).batchSize(batch);
        if (learningRate.isPresent()) {
            pruning = pruning.withOptimizer(Optimizer.adam(learningRate.getAsDouble()));
        }
        Recipe gradual = Recipe.of(pruning);
        Map<String, Recipe> recipes = new LinkedHashMap<>();
        recipes.put("one-shot 80%", Recipe.prune(Pruning.magnitude().sparsity(0.8)));
        FineTuning tuning = FineTuning.epochs(epochs).batchSize(batch);
        recipes.put("not pruned, fine-tuned alike", Recipe.of(learningRate.isPresent()
                ? tuning.withOptimizer(Optimizer.adam(learningRate.getAsDouble())) : tuning).withSeed(seeds[0]));
        for (long seed : seeds) {
            recipes.put("gradual 50%→80%" + (seeds.length > 1 ? ", seed " + seed : ""), gradual.withSeed(seed));
        }
        recipes.put("gradual 50%→80% + int8", gradual.withSeed(seeds[0]).then(Quantization.int8().perChannel()));
        try (Workbench workbench = TensorFlowWorkbench.create(cache, LatencyMeter.create(), phase -> System.out.println("  " + phase))) {
            Workbench.LoadedBaseline loaded = workbench.baseline(new BaselineRequest(model.getFileName().toString(), model, Set.of("serve"),
                    "serving_default", Optional.empty(), FashionMnistTest.class, Optional.of(FashionMnistTrain.class), OptionalInt.empty(),
                    256));
            Baseline base = loaded.baseline();
            System.out.printf(Locale.ROOT, "training examples %d, epochs %d, batch %d, end step %d, frequency %d, %s%n",
                    trainingExamples, epochs, batch, endStep, frequency, pruning.canonicalForm());
            System.out.printf(Locale.ROOT, "| model | accuracy | Δ (points) | sparsity | weights gzip | ×smaller | packed | ×smaller |%n");
            System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
            System.out.printf(Locale.ROOT, "| baseline | %.4f | | 0.000 | %d | 1.0 | %d | 1.0 |%n", base.accuracy(),
                    base.size().weightsGzipBytes(), base.size().packedBytes());
            for (Map.Entry<String, Recipe> recipe : recipes.entrySet()) {
                Candidate c = loaded.candidate(recipe.getKey(), recipe.getValue());
                System.out.printf(Locale.ROOT, "| %s | %.4f | %+.2f | %.3f | %d | %.2f | %d | %.2f |%n", recipe.getKey(),
                        c.accuracy(), 100 * (c.accuracy() - base.accuracy()), c.sparsity(), c.size().weightsGzipBytes(),
                        1 / c.size().ratioTo(base.size(), SizeKind.WEIGHTS_GZIP), c.size().packedBytes(),
                        1 / c.size().ratioTo(base.size(), SizeKind.PACKED));
            }
        }
        Path keras = model.resolveSibling(model.getFileName() + ".keras");
        if (Files.exists(keras)) {
            for (long seed : seeds) {
                JsonNode answer = PythonTensorFlow.require().ask(PythonTensorFlow.request("keras_gradual_pruning")
                        .put("model", keras.toString()).put("fashion", fashionMnist()).put("count", trainingExamples).put("epochs", epochs).put("batch", batch)
                        .put("initial", schedule.initialSparsity()).put("final", schedule.finalSparsity()).put("begin", schedule.beginStep())
                        .put("end", schedule.endStep()).put("power", schedule.power()).put("frequency", schedule.frequency())
                        .put("learning_rate", learningRate.orElse(1e-3)).put("seed", seed));
                double baseline = answer.get("baseline").asDouble();
                double pruned = answer.get("pruned").asDouble();
                System.out.printf(Locale.ROOT, "| Keras, tfmot's algorithm, seed %d (baseline %.4f) | %.4f | %+.2f | %.3f | | | | |%n",
                        seed, baseline, pruned, 100 * (pruned - baseline), answer.get("sparsity").asDouble());
            }
        }
    }

    private static String fashionMnist() {
        return FashionMnist.locate().toAbsolutePath().toString();
    }
}
