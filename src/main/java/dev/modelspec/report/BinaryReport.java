package dev.modelspec.report;

import dev.modelspec.metrics.classification.BinaryMetrics;

/**
 * A binary classifier's measures (class 1 positive).
 *
 * @param accuracy the fraction predicted right
 * @param precision true positives over predicted positives
 * @param recall true positives over actual positives
 * @param f1 the harmonic mean of precision and recall
 * @param auc the exact ROC AUC; null when the labels hold one class only
 */
public record BinaryReport(double accuracy, double precision, double recall, double f1, Double auc) {

    /** The report of {@code metrics}. */
    public static BinaryReport of(BinaryMetrics metrics) {
        return new BinaryReport(metrics.accuracy(), metrics.precision(), metrics.recall(), metrics.f1(),
                Numbers.finite(metrics.auc()));
    }
}
