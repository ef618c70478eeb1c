package dev.modelspec.bench;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.metrics.evaluation.Evaluator;
import dev.modelspec.model.ExportOptions;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ActivationRanges;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.model.graph.Optimizer;
import dev.modelspec.model.graph.WeightStorage;
import dev.modelspec.recipe.CompressionStep;
import dev.modelspec.recipe.Recipe;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.quantization.Int8Quantization;
import dev.modelspec.recipe.quantization.Quantization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Post-training int8 (PTQ) beside quantization-aware fine-tuning (QAT) on the same generated model
 * and data, every int8 candidate shipped through the int8 storage export ({@code
 * Quantization.int8().stored()}) and evaluated as shipped: the baseline, PTQ, fine-tuning then PTQ
 * (the same training without the simulated grid), QAT, and QAT with the activations quantized too
 * (shipped with their {@code FakeQuantWithMinMaxArgs}). To give PTQ something to lose, the
 * first layer's first unit is widened by a factor (kernel column and bias times it, the next layer's
 * rows that read it divided by it): ReLU commutes with a positive factor, so the float model computes
 * the same, but that one unit now sets its layer's whole per-tensor int8 range, as uneven channel
 * ranges do in real models.
 *
 * <p>Usage: {@code QuantizationAwareTable [model] [factor] [trainingExamples] [epochs] [adamLearningRate]};
 * defaults {@code keras3_mlp 30 4000 1 1e-4}; accuracy on the first 2,000 test images.
 */
public final class QuantizationAwareTable {

    /** The test images every candidate is evaluated on. */
    public static final int TEST_EXAMPLES = 2000;

    private QuantizationAwareTable() {}

    /** The accuracies of one comparison. */
    public record Row(double baseline, double postTraining, double fineTunedThenPostTraining, double quantizationAware,
            double quantizationAwareActivations) {}

    public static void main(String[] args) {
        String model = args.length > 0 ? args[0] : "keras3_mlp";
        float factor = args.length > 1 ? Float.parseFloat(args[1]) : 30f;
        int examples = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        double learningRate = args.length > 4 ? Double.parseDouble(args[4]) : 1e-4;
        Int8Quantization int8 = Quantization.int8().stored();
        FineTuning tuning = FineTuning.epochs(epochs).withOptimizer(Optimizer.adam(learningRate));
        Row row = compare(model, factor, examples, tuning, int8);
        System.out.printf(Locale.ROOT, "%s, first unit widened %s×, %d training examples, %s, %s%n", model, factor, examples,
                tuning, MachineLoad.describe());
        System.out.printf(Locale.ROOT, "| baseline (float) | PTQ int8 | fine-tuned, then PTQ int8 | QAT int8 | QAT, activations too |%n"
                + "|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %.4f | %.4f | %.4f | %.4f | %.4f |%n", row.baseline(), row.postTraining(),
                row.fineTunedThenPostTraining(), row.quantizationAware(), row.quantizationAwareActivations());
    }

    /** The five accuracies for {@code model} (a generated one) widened by {@code factor}. */
    public static Row compare(String model, float factor, int examples, FineTuning tuning, Int8Quantization int8) {
        SavedModelReference reference = SavedModelReference.of(GeneratedModels.get(model).directory());
        LabeledData training = FashionMnist.train().first(examples);
        CompressionStep widen = new Widening(factor);
        return new Row(shipped(reference, training, Recipe.of(widen), false),
                shipped(reference, training, Recipe.of(widen).then(int8), true),
                shipped(reference, training, Recipe.of(widen).then(tuning).then(int8), true),
                shipped(reference, training, Recipe.of(widen).then(tuning.quantizationAware(int8)), true),
                shipped(reference, training, Recipe.of(widen).then(tuning.quantizationAware(int8).withActivations()), true));
    }

    /**
     * Applies {@code recipe} to a copy of {@code reference}, exports it (int8-stored if {@code int8}, with
     * the activations quantized if a step trained them so) and evaluates the export.
     */
    static double shipped(SavedModelReference reference, LabeledData training, Recipe recipe, boolean int8) {
        try {
            Path target = Files.createTempDirectory("qat-table").resolve("model");
            try (SavedModel model = SavedModel.open(reference)) {
                WeightSet weights = model.readWeights();
                TrainingSetup setup = new TrainingSetup(model, training, "train");
                AtomicReference<ActivationRanges> ranges = new AtomicReference<>();
                recipe.steps().forEach(step -> step.apply(weights, context(setup).shippingActivationRanges(ranges::set)));
                model.writeWeights(weights);
                if (int8) {
                    CompressedExport export = CompressedExport.of(model).storing(WeightStorage.INT8);
                    ExportReport report = (ranges.get() == null ? export : export.quantizingActivations(ranges.get())).write(target);
                    if (!report.notes().isEmpty()) {
                        throw new IllegalStateException(recipe + " left weights float32: " + report.notes());
                    }
                } else {
                    model.exportTo(target, ExportOptions.zeroingTrainingState());
                }
            }
            try (ModelRunner runner = ModelRunner.open(reference.withDirectory(target))) {
                return Evaluator.create().evaluate(runner, FashionMnist.test().first(TEST_EXAMPLES)).accuracy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrainingContext context(TrainingSetup setup) {
        return TrainingContext.of(42, setup);
    }

    /** The widening of the first layer's first unit described above, as a step. */
    record Widening(float factor) implements CompressionStep {

        @Override
        public String canonicalForm() {
            return "widen-first-unit(factor=" + factor + ")";
        }

        @Override
        public void apply(WeightSet weights, StepContext context) {
            List<WeightSet.Entry> kernels = weights.prunable().stream().sorted(Comparator.comparing(e -> e.variable().name())).toList();
            WeightSet.Entry first = kernels.get(0);
            WeightSet.Entry next = kernels.get(1);
            int units = (int) first.tensor().dimension(-1);
            float[] kernel = first.tensor().values();
            for (int i = 0; i < kernel.length; i += units) {
                kernel[i] *= factor;
            }
            weights.get(first.variable().name().replace("kernel", "bias")).tensor().values()[0] *= factor;
            float[] rows = next.tensor().values();
            int outputs = (int) next.tensor().dimension(-1);
            // The next layer's rows are in channel-fastest order (Flatten of NHWC, or a Dense layer's units).
            for (int row = 0; row < next.tensor().dimension(0); row += units) {
                for (int u = 0; u < outputs; u++) {
                    rows[row * outputs + u] /= factor;
                }
            }
        }
    }
}
