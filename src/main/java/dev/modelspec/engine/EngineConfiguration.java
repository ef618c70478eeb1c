package dev.modelspec.engine;

import dev.modelspec.metrics.latency.LatencyMeter;
import dev.modelspec.report.LatencyMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The engine's settings, read once from the {@link ModelSpecConstants configuration parameters}.
 *
 * @param cacheDir where workbenches may cache converted models and data
 * @param reportDir where the engine writes report.json and summary.md
 * @param evalLimit evaluate at most this many examples per spec, if present
 * @param seed replaces every recipe's seed, if present
 * @param batchSize examples per inference batch
 * @param latency when reports show latency
 * @param latencyBudget how long each batch size of a latency comparison measures pairs
 * @param latencyBatchSize the larger batch size latency is compared at
 * @param progress how much progress the console shows
 */
public record EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed,
        int batchSize, LatencyMode latency, Duration latencyBudget, int latencyBatchSize, ProgressMode progress) {

    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    /** The default {@link #latencyBudget()}: short, so that measuring every candidate keeps runs short. */
    public static final Duration DEFAULT_LATENCY_BUDGET = Duration.ofMillis(500);

    /** The default {@link #latencyBatchSize()}. */
    public static final int DEFAULT_LATENCY_BATCH_SIZE = 32;

    private static final int WARMUP_SHARE = 6;

    /** Validates the settings. */
    public EngineConfiguration {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(evalLimit, "evalLimit");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(latencyBudget, "latencyBudget");
        Objects.requireNonNull(progress, "progress");
        if (batchSize <= 0 || evalLimit.orElse(1) <= 0 || latencyBatchSize <= 0) {
            throw new IllegalArgumentException("batchSize, evalLimit and latencyBatchSize must be positive");
        }
        if (latencyBudget.isNegative() || latencyBudget.isZero()) {
            throw new IllegalArgumentException("latencyBudget must be positive, was " + latencyBudget);
        }
    }

    /** The settings with {@link ProgressMode#AUTO automatic} progress. */
    public EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed, int batchSize,
            LatencyMode latency, Duration latencyBudget, int latencyBatchSize) {
        this(cacheDir, reportDir, evalLimit, seed, batchSize, latency, latencyBudget, latencyBatchSize, ProgressMode.AUTO);
    }

    /** The settings with the default latency settings and automatic progress. */
    public EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed, int batchSize) {
        this(cacheDir, reportDir, evalLimit, seed, batchSize, LatencyMode.ALWAYS, DEFAULT_LATENCY_BUDGET,
                DEFAULT_LATENCY_BATCH_SIZE);
    }

    /**
     * The defaults: {@code target/modelspec/cache}, {@code target/modelspec}, all examples, recipe seeds, 256,
     * latency of every candidate measured for 0.5 s per batch size, at batch sizes 1 and 32, automatic
     * progress.
     */
    public static EngineConfiguration defaults() {
        return new EngineConfiguration(Path.of("target", "modelspec", "cache"), Path.of("target", "modelspec"),
                OptionalInt.empty(), OptionalLong.empty(), DEFAULT_BATCH_SIZE);
    }

    /** The meter of these settings: a warm-up of a sixth of the budget, then the budget, per batch size. */
    public LatencyMeter latencyMeter() {
        return LatencyMeter.create().withBudget(latencyBudget.dividedBy(WARMUP_SHARE), latencyBudget)
                .withBatchSize(latencyBatchSize);
    }
}
