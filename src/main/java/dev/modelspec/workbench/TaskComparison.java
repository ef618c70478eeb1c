package dev.modelspec.workbench;

import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.comparison.Comparison;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.regression.RegressionComparison;
import java.util.Optional;

/**
 * The comparisons that only some tasks have, beside the classification {@link Comparison}: binary
 * metrics of two-class models, the paired regression comparison of regressions.
 */
record TaskComparison(Optional<BinaryComparison> binary, Optional<RegressionComparison> regression) {

    static TaskComparison of(Evaluation baseline, Evaluation candidate) {
        Optional<BinaryComparison> binary = baseline.binaryMetrics()
                .flatMap(base -> candidate.binaryMetrics().map(cand -> new BinaryComparison(base, cand)));
        Optional<RegressionComparison> regression = baseline.regressionMetrics().isPresent()
                ? Optional.of(RegressionComparison.of(baseline.targets(), baseline.predictions(), candidate.predictions()))
                : Optional.empty();
        return new TaskComparison(binary, regression);
    }
}
