package dev.modelspec.workbench;

import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.comparison.BinaryComparison;
import dev.modelspec.metrics.comparison.Comparison;
import dev.modelspec.metrics.evaluation.Evaluation;
import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.regression.RegressionComparison;
import java.util.Optional;

/**
 * The comparisons that only some tasks have, beside the classification {@link Comparison}: binary
 * metrics of two-class models, the paired regression comparison of regressions, the paired
 * multi-label comparison of multi-label models.
 */
record TaskComparison(Optional<BinaryComparison> binary, Optional<RegressionComparison> regression,
        Optional<MultiLabelComparison> multiLabel) {

    static TaskComparison of(Evaluation baseline, Evaluation candidate) {
        Optional<BinaryComparison> binary = baseline.binaryMetrics()
                .flatMap(base -> candidate.binaryMetrics().map(cand -> new BinaryComparison(base, cand)));
        Optional<RegressionComparison> regression = baseline.task() == TaskKind.REGRESSION
                ? Optional.of(RegressionComparison.of(baseline.targets(), baseline.predictions(), candidate.predictions()))
                : Optional.empty();
        Optional<MultiLabelComparison> multiLabel = baseline.task() == TaskKind.MULTILABEL
                ? Optional.of(MultiLabelComparison.of(baseline.targets(), baseline.predictions(), candidate.predictions()))
                : Optional.empty();
        return new TaskComparison(binary, regression, multiLabel);
    }
}
