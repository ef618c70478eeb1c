package dev.modelspec.bench;

import dev.modelspec.data.FashionMnist;
import dev.modelspec.data.LabeledData;
import dev.modelspec.engine.EngineConfiguration;
import dev.modelspec.metrics.latency.InterleavedRatio;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.metrics.latency.LatencyStatistics;
import dev.modelspec.model.ModelRunner;
import dev.modelspec.model.SavedModelReference;
import dev.modelspec.report.LatencyMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Measures the latency ratio of a model against a second copy of itself, {@code repeats} times with
 * the default {@link LatencyMeter} or, given {@code budgetSeconds}, with the engine's meter of that
 * {@code modelspec.latency.budget}: a sound method gives ratios near 1 every time. Prints each
 * ratio with its interval, pair count and the comparison's wall time, and how many ratios fall in
 * [0.95, 1.05].
 *
 * <p>Usage: {@code LatencySelfRatioBenchmark [modelDir] [repeats] [budgetSeconds]}.
 */
public final class LatencySelfRatioBenchmark {

    private LatencySelfRatioBenchmark() {}

    public static void main(String[] args) {
        Path model = Path.of(args.length > 0 ? args[0] : "examples/models/fashion-cnn");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        LabeledData data = FashionMnist.test();
        LatencyMeter meter = args.length > 2 ? new EngineConfiguration(Path.of("target"), Path.of("target"),
                OptionalInt.empty(), OptionalLong.empty(), EngineConfiguration.DEFAULT_BATCH_SIZE, LatencyMode.ALWAYS,
                Duration.ofNanos(Math.round(Double.parseDouble(args[2]) * 1e9)),
                EngineConfiguration.DEFAULT_LATENCY_BATCH_SIZE).latencyMeter() : LatencyMeter.create();
        int inside1 = 0;
        int insideN = 0;
        try (ModelRunner a = ModelRunner.open(SavedModelReference.of(model));
                ModelRunner b = ModelRunner.open(SavedModelReference.of(model))) {
            for (int i = 1; i <= repeats; i++) {
                long start = System.nanoTime();
                LatencyComparison c = meter.compare(a, b, data);
                double seconds = (System.nanoTime() - start) / 1e9;
                double r1 = c.ratioBatchOne().ratio();
                double rN = c.ratioBatchN().ratio();
                inside1 += r1 >= 0.95 && r1 <= 1.05 ? 1 : 0;
                insideN += rN >= 0.95 && rN <= 1.05 ? 1 : 0;
                System.out.printf(Locale.ROOT, "run %2d (%.1f s): batch 1 %s, batch %d %s%n", i, seconds,
                        describe(c.ratioBatchOne(), c.baselineBatchOne()), c.batchSize(),
                        describe(c.ratioBatchN(), c.baselineBatchN()));
            }
        }
        System.out.printf(Locale.ROOT, "within [0.95, 1.05]: batch 1 %d/%d, batch N %d/%d; %s%n", inside1, repeats, insideN,
                repeats, MachineLoad.describe());
    }

    private static String describe(InterleavedRatio ratio, LatencyStatistics baseline) {
        return String.format(Locale.ROOT, "ratio %.4f (95%% CI %.4f..%.4f, %d pairs, p50 %.0f us)", ratio.ratio(),
                ratio.interval().lower(), ratio.interval().upper(), ratio.pairs(), baseline.p50Nanos() / 1e3);
    }
}
