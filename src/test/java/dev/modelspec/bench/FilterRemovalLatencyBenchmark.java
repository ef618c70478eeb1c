package dev.modelspec.bench;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.interop.GeneratedModels;
import dev.modelspec.metrics.latency.InterleavedRatio;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModel;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.model.WeightSet;
import dev.modelspec.model.graph.ChannelParameters;
import dev.modelspec.model.graph.CompressedExport;
import dev.modelspec.model.graph.ExportReport;
import dev.modelspec.recipe.StepContext;
import dev.modelspec.recipe.TrainingContext;
import dev.modelspec.recipe.TrainingSetup;
import dev.modelspec.recipe.finetune.FineTuning;
import dev.modelspec.recipe.pruning.Pruning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Latency of the two-convolution Keras 3 CNN with half of the filters of both convolutions removed
 * ({@code Pruning.filters().fraction(0.5).layers("conv2d")}, then {@link
 * CompressedExport#removingZeroedFilters()}) against the baseline, measured side by side in one
 * run by ModelSpec's interleaved {@link LatencyMeter} (0.5 s warm-up, 3 s of pairs, batch 1 and 32).
 * Two baselines: the flat float32 export of the unchanged model (the removal's own effect) and the
 * original {@code model.export()} directory. Prints ratios with their 95% intervals, bytes and
 * accuracy on the 10,000 Fashion-MNIST test images, also of the same filters removed after {@link
 * FineTuning} on the 60,000 training images (same shapes, so the same latency).
 *
 * <p>Usage: {@code FilterRemovalLatencyBenchmark [repeats] [modelDir] [epochs]}, default 3 repeats of
 * {@link GeneratedModels}' {@code keras3_two_conv}, 1 epoch.
 */
public final class FilterRemovalLatencyBenchmark {

    private FilterRemovalLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path baseline = args.length > 1 ? Path.of(args[1]) : GeneratedModels.get("keras3_two_conv").directory();
        Path scratch = Files.createTempDirectory("filter-removal-bench");
        Path flat = scratch.resolve("baseline-flat");
        Path removed = scratch.resolve("removed");
        Path tuned = scratch.resolve("removed-fine-tuned");
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ExportReport report;
        ExportReport tunedReport;
        try (SavedModel model = SavedModel.open(SavedModelReference.of(baseline))) {
            CompressedExport.of(model).write(flat);
            StepContext context = context(new TrainingSetup(model, FashionMnist.train(), "train"), ChannelParameters.of(model));
            WeightSet weights = model.readWeights();
            Pruning.filters().fraction(0.5).layers("conv2d").apply(weights, context);
            model.writeWeights(weights);
            report = CompressedExport.of(model).removingZeroedFilters().write(removed);
            FineTuning.epochs(epochs).batchSize(64).apply(weights, context);
            model.writeWeights(weights);
            tunedReport = CompressedExport.of(model).removingZeroedFilters().write(tuned);
        }
        LabeledData test = FashionMnist.test();
        System.out.printf(Locale.ROOT, "removed filters %s, notes %s, probe max abs difference %.3g%n", report.removedFilters(),
                report.notes(), report.probeMaxAbsDifference());
        System.out.printf(Locale.ROOT, "after %d epochs of fine-tuning: removed filters %s, notes %s%n", epochs,
                tunedReport.removedFilters(), tunedReport.notes());
        for (Path model : new Path[] {baseline, flat, removed, tuned}) {
            System.out.printf(Locale.ROOT, "%-60s %8d bytes  accuracy %.4f%n", model, StorageSizeBenchmark.bytes(model),
                    StorageSizeBenchmark.accuracy(model, test));
        }
        LatencyMeter meter = LatencyMeter.create().withBatchSize(32);
        try (ModelRunner original = ModelRunner.open(SavedModelReference.of(baseline));
                ModelRunner flatRunner = ModelRunner.open(SavedModelReference.of(flat));
                ModelRunner removedRunner = ModelRunner.open(SavedModelReference.of(removed))) {
            for (int i = 1; i <= repeats; i++) {
                LatencyComparison againstFlat = meter.compare(flatRunner, removedRunner, test);
                LatencyComparison againstOriginal = meter.compare(original, removedRunner, test);
                System.out.printf(Locale.ROOT, "run %d: vs flat baseline: batch 1 %s, batch 32 %s%n", i,
                        describe(againstFlat.ratioBatchOne()), describe(againstFlat.ratioBatchN()));
                System.out.printf(Locale.ROOT, "run %d: vs model.export(): batch 1 %s, batch 32 %s (baseline p50 %.0f us at 32)%n", i,
                        describe(againstOriginal.ratioBatchOne()), describe(againstOriginal.ratioBatchN()),
                        againstOriginal.baselineBatchN().p50Nanos() / 1e3);
            }
        }
        System.out.println(MachineLoad.describe());
    }

    private static StepContext context(TrainingSetup setup, ChannelParameters channels) {
        return TrainingContext.of(1, setup).withChannels(channels);
    }

    private static String describe(InterleavedRatio ratio) {
        return String.format(Locale.ROOT, "%.3f (95%% CI %.3f..%.3f, %d pairs)", ratio.ratio(), ratio.interval().lower(),
                ratio.interval().upper(), ratio.pairs());
    }
}
