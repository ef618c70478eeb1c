package dev.modelspec.report;

/**
 * How much smaller a candidate is than its baseline, per size measure: the fraction of the
 * baseline's bytes saved, {@code 1 - candidate / baseline} (0.75 is four times smaller, negative
 * is larger); null where the baseline measured 0 bytes.
 *
 * @param savedModel of the SavedModel directory's bytes
 * @param savedModelGzip of its deterministic tar.gz
 * @param weightsGzip of the gzip of the serving weights
 */
public record SizeReduction(Double savedModel, Double savedModelGzip, Double weightsGzip) {

    /** The reduction from {@code baseline} to {@code candidate}. */
    public static SizeReduction of(SizeReport baseline, SizeReport candidate) {
        return new SizeReduction(saved(baseline.savedModelBytes(), candidate.savedModelBytes()),
                saved(baseline.savedModelGzipBytes(), candidate.savedModelGzipBytes()),
                saved(baseline.weightsGzipBytes(), candidate.weightsGzipBytes()));
    }

    private static Double saved(long baseline, long candidate) {
        return Numbers.finite(1 - (double) candidate / baseline);
    }
}
