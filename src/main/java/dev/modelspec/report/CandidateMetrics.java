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
 * <p>The classification measures (accuracy to worst class drop) are null, or empty, for a regression
 * or a multi-label model.
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
 * @param binary a binary model's measures; null otherwise
 * @param regression a regression's measures and its paired comparison with the baseline; null otherwise
 * @param multiLabel a multi-label model's measures and its paired comparison with the baseline; null otherwise
 */
public record CandidateMetrics(Double accuracy, Double accuracyDelta, List<Double> accuracyDeltaCi95, Double mcnemarP,
        Double agreement, Double klDivergence, List<ClassAccuracy> perClassAccuracy, ClassAccuracy worstClassDrop,
        double sparsity, Map<String, Double> weightSparsity, LatencyReport latency, String latencyError,
        SizeReport size, SizeReduction sizeReduction, BinaryReport binary, RegressionReport regression,
        MultiLabelReport multiLabel) {

    /** The measures without those of binary, regression and multi-label models. */
    public CandidateMetrics(Double accuracy, Double accuracyDelta, List<Double> accuracyDeltaCi95, Double mcnemarP,
            Double agreement, Double klDivergence, List<ClassAccuracy> perClassAccuracy, ClassAccuracy worstClassDrop,
            double sparsity, Map<String, Double> weightSparsity, LatencyReport latency, String latencyError,
            SizeReport size, SizeReduction sizeReduction) {
        this(accuracy, accuracyDelta, accuracyDeltaCi95, mcnemarP, agreement, klDivergence, perClassAccuracy,
                worstClassDrop, sparsity, weightSparsity, latency, latencyError, size, sizeReduction, null, null, null);
    }

    /**
     * The measures of {@code candidate} against a baseline of {@code baselineSize}, with {@code latency} if
     * it is reported, or why measuring it failed; per-class numbers name their class from {@code
     * classNames} (by label; empty when the data names no classes).
     */
    public static CandidateMetrics of(Candidate candidate, SizeReport baselineSize, Optional<LatencyComparison> latency,
            String latencyError, List<String> classNames) {
        SizeReport size = SizeReport.of(candidate.size());
        LatencyReport latencyReport = latency.map(LatencyReport::of).orElse(null);
        SizeReduction reduction = SizeReduction.of(baselineSize, size);
        if (!candidate.task().classifies()) {
            return new CandidateMetrics(null, null, null, null, null, null, List.of(), null, candidate.sparsity(),
                    candidate.weightSparsity(), latencyReport, latencyError, size, reduction, null,
                    candidate.regressionComparison().map(RegressionReport::of).orElse(null),
                    candidate.multiLabelComparison().map(MultiLabelReport::of).orElse(null));
        }
        AccuracyDelta delta = candidate.accuracyDelta();
        return new CandidateMetrics(candidate.accuracy(), delta.delta(),
                List.of(delta.interval().lower(), delta.interval().upper()), candidate.mcNemar().pValue(),
                candidate.agreement(), Numbers.finite(candidate.klDivergence()),
                candidate.classAccuracies().stream().map(accuracy -> ClassAccuracy.of(accuracy, classNames)).toList(),
                ClassAccuracy.of(candidate.largestClassDrop(), classNames), candidate.sparsity(), candidate.weightSparsity(),
                latencyReport, latencyError, size, reduction,
                candidate.binaryComparison().map(binary -> BinaryReport.of(binary.candidate())).orElse(null), null, null);
    }
}
