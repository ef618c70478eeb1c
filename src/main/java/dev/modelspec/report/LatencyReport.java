package dev.modelspec.report;

import dev.modelspec.metrics.latency.InterleavedRatio;
import dev.modelspec.metrics.latency.LatencyComparison;
import java.util.List;

/**
 * Candidate latency measured interleaved with the baseline's (docs/metrics.md), in milliseconds.
 * Ratios are candidate over baseline time, the median of per-pair ratios: below 1 is faster.
 *
 * @param batchSize the larger batch size N
 * @param batch1P50Ms the candidate's median at batch size 1
 * @param batch1P99Ms the candidate's 99th percentile at batch size 1
 * @param batchNP50Ms the candidate's median at batch size N
 * @param baselineBatch1P50Ms the baseline's median at batch size 1, timed in the same pairs
 * @param baselineBatchNP50Ms the baseline's median at batch size N, timed in the same pairs
 * @param ratio the time ratio at batch size 1
 * @param ratioCi95 its bootstrap 95% interval [lower, upper]
 * @param batchNRatio the time ratio at batch size N
 * @param batchNRatioCi95 its bootstrap 95% interval [lower, upper]
 * @param speedUp how many times faster at batch size 1: {@code 1 / ratio} (above 1 is faster)
 * @param speedUpCi95 its 95% interval, {@code 1 / ratioCi95} in ascending order
 * @param batchNSpeedUp how many times faster at batch size N: {@code 1 / batchNRatio}
 * @param batchNSpeedUpCi95 its 95% interval
 */
public record LatencyReport(int batchSize, double batch1P50Ms, double batch1P99Ms, double batchNP50Ms,
        double baselineBatch1P50Ms, double baselineBatchNP50Ms, double ratio, List<Double> ratioCi95,
        double batchNRatio, List<Double> batchNRatioCi95, Double speedUp, List<Double> speedUpCi95,
        Double batchNSpeedUp, List<Double> batchNSpeedUpCi95) {

    private static final double NANOS_PER_MILLI = 1e6;

    /** The report of {@code latency}. */
    public static LatencyReport of(LatencyComparison latency) {
        InterleavedRatio one = latency.ratioBatchOne();
        InterleavedRatio many = latency.ratioBatchN();
        return new LatencyReport(latency.batchSize(), millis(latency.candidateBatchOne().p50Nanos()),
                millis(latency.candidateBatchOne().p99Nanos()), millis(latency.candidateBatchN().p50Nanos()),
                millis(latency.baselineBatchOne().p50Nanos()), millis(latency.baselineBatchN().p50Nanos()),
                one.ratio(), interval(one), many.ratio(), interval(many), inverse(one.ratio()), inverseInterval(one),
                inverse(many.ratio()), inverseInterval(many));
    }

    private static double millis(double nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    private static List<Double> interval(InterleavedRatio ratio) {
        return List.of(ratio.interval().lower(), ratio.interval().upper());
    }

    /** {@code 1 / ratio}; null (JSON has no infinity) when a candidate took no measurable time. */
    private static Double inverse(double ratio) {
        return Numbers.finite(1 / ratio);
    }

    private static List<Double> inverseInterval(InterleavedRatio ratio) {
        Double lower = inverse(ratio.interval().upper());
        Double upper = inverse(ratio.interval().lower());
        return lower == null || upper == null ? null : List.of(lower, upper);
    }
}
