package dev.modelspec.engine;

import dev.modelspec.report.LatencyMode;
import java.nio.file.Path;
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
 * @param progress how much progress the console shows
 */
public record EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed,
        int batchSize, LatencyMode latency, ProgressMode progress) {

    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    /** Validates the settings. */
    public EngineConfiguration {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(evalLimit, "evalLimit");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(progress, "progress");
        if (batchSize <= 0 || evalLimit.orElse(1) <= 0) {
            throw new IllegalArgumentException("batchSize and evalLimit must be positive");
        }
    }

    /** The settings with {@link ProgressMode#AUTO automatic} progress. */
    public EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed, int batchSize,
            LatencyMode latency) {
        this(cacheDir, reportDir, evalLimit, seed, batchSize, latency, ProgressMode.AUTO);
    }

    /** The settings with latency reported {@link LatencyMode#AUTO automatically} and automatic progress. */
    public EngineConfiguration(Path cacheDir, Path reportDir, OptionalInt evalLimit, OptionalLong seed, int batchSize) {
        this(cacheDir, reportDir, evalLimit, seed, batchSize, LatencyMode.AUTO);
    }

    /**
     * The defaults: {@code target/modelspec/cache}, {@code target/modelspec}, all examples, recipe seeds, 256,
     * latency reported where measured, automatic progress.
     */
    public static EngineConfiguration defaults() {
        return new EngineConfiguration(Path.of("target", "modelspec", "cache"), Path.of("target", "modelspec"),
                OptionalInt.empty(), OptionalLong.empty(), DEFAULT_BATCH_SIZE, LatencyMode.AUTO, ProgressMode.AUTO);
    }
}
