package dev.modelspec.metrics.comparison;

import dev.modelspec.metrics.classification.BinaryMetrics;

/**
 * The binary metrics of a baseline and a candidate on the same examples.
 *
 * @param baseline the baseline's metrics
 * @param candidate the candidate's metrics
 */
public record BinaryComparison(BinaryMetrics baseline, BinaryMetrics candidate) {

    /** Baseline AUC minus candidate AUC; {@code NaN} when the labels hold only one class. */
    public double aucDrop() {
        return baseline.auc() - candidate.auc();
    }
}
