package dev.modelspec.report;

import dev.modelspec.api.Candidate;
import dev.modelspec.metrics.comparison.AccuracyDelta;
import dev.modelspec.metrics.latency.LatencyComparison;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every measure of one candidate against its baseline (docs/metrics.md defines each).
 *
 * @param accuracy top-1 accuracy
 * @param accuracyDelta candidate minus baseline accuracy
 * @param accuracyDeltaCi95 the paired 95% interval of the delta [lower, upper]
 * @param mcnemarP McNemar's exact two-sided p-value
 * @param agreement the fraction of examples where both predict the same class
 * @param klDivergence the mean KL divergence from the baseline's class probabilities
 * @param perClassAccuracy baseline and candidate accuracy of every class
 * @param worstClassDrop the class whose accuracy dropped most
 * @param sparsity the fraction of zero prunable weights
 * @param weightSparsity the fraction of zeros of each prunable variable, in graph order
 * @param latency the interleaved latency comparison; null when not measured (see {@link LatencyMode})
 * @param latencyError why measuring the latency for the report failed; null when it did not fail
 * @param size every size measure
 * @param sizeReduction how much smaller than the baseline, per size measure
 */
public record CandidateMetrics(double accuracy, double accuracyDelta, List<Double> accuracyDeltaCi95, double mcnemarP,
        double agreement, Double klDivergence, List<ClassAccuracy> perClassAccuracy, ClassAccuracy worstClassDrop,
        double sparsity, Map<String, Double> weightSparsity, LatencyReport latency, String latencyError,
        SizeReport size, SizeReduction sizeReduction) {

    /**
     * The measures of {@code candidate} against a baseline of {@code baselineSize}, with {@code latency} if
     * it is reported, or why measuring it failed.
     */
    public static CandidateMetrics of(Candidate candidate, SizeReport baselineSize, Optional<LatencyComparison> latency,
            String latencyError) {
        AccuracyDelta delta = candidate.accuracyDelta();
        SizeReport size = SizeReport.of(candidate.size());
        return new CandidateMetrics(candidate.accuracy(), delta.delta(),
                List.of(delta.interval().lower(), delta.interval().upper()), candidate.mcNemar().pValue(),
                candidate.agreement(), Numbers.finite(candidate.klDivergence()),
                candidate.classAccuracies().stream().map(ClassAccuracy::of).toList(),
                ClassAccuracy.of(candidate.largestClassDrop()), candidate.sparsity(), candidate.weightSparsity(),
                latency.map(LatencyReport::of).orElse(null), latencyError, size, SizeReduction.of(baselineSize, size));
    }
}
