package dev.modelspec.report;

import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import dev.modelspec.metrics.multilabel.MultiLabelMetrics;
import java.util.List;

/**
 * A multi-label model's measures, and for a candidate its paired comparison with the baseline.
 *
 * @param labelAccuracy the fraction of example-label decisions that are right (1 − Hamming loss)
 * @param subsetAccuracy the fraction of examples with every label right
 * @param microF1 F1 over all labels' decisions together
 * @param macroF1 the mean of the labels' F1
 * @param perLabel every label's accuracy, F1 and number of positive examples
 * @param labelAccuracyDrop baseline minus candidate label accuracy; null for the baseline
 * @param labelAccuracyDropCi95 its paired 95% bootstrap interval [lower, upper]; null for the baseline
 * @param microF1Drop baseline minus candidate micro-F1; null for the baseline
 * @param microF1DropCi95 its paired 95% bootstrap interval [lower, upper]; null for the baseline
 * @param subsetAccuracyDrop baseline minus candidate subset accuracy; null for the baseline
 */
public record MultiLabelReport(double labelAccuracy, double subsetAccuracy, double microF1, double macroF1,
        List<Label> perLabel, Double labelAccuracyDrop, List<Double> labelAccuracyDropCi95, Double microF1Drop,
        List<Double> microF1DropCi95, Double subsetAccuracyDrop) {

    /**
     * One label's measures.
     *
     * @param label the label's index
     * @param accuracy the fraction of examples where it is decided right
     * @param f1 its F1 (1 when it has no positives and none is predicted)
     * @param positives the number of examples that have it
     */
    public record Label(int label, double accuracy, double f1, int positives) {}

    /** The report of a baseline's {@code metrics}. */
    public static MultiLabelReport of(MultiLabelMetrics metrics) {
        return new MultiLabelReport(metrics.labelAccuracy(), metrics.subsetAccuracy(), metrics.microF1(),
                metrics.macroF1(), labels(metrics), null, null, null, null, null);
    }

    /** The report of a candidate compared with its baseline. */
    public static MultiLabelReport of(MultiLabelComparison comparison) {
        MultiLabelMetrics candidate = comparison.candidate();
        return new MultiLabelReport(candidate.labelAccuracy(), candidate.subsetAccuracy(), candidate.microF1(),
                candidate.macroF1(), labels(candidate), comparison.labelAccuracyDrop(),
                List.of(comparison.labelAccuracyInterval().lower(), comparison.labelAccuracyInterval().upper()),
                comparison.microF1Drop(),
                List.of(comparison.microF1Interval().lower(), comparison.microF1Interval().upper()),
                comparison.subsetAccuracyDrop());
    }

    private static List<Label> labels(MultiLabelMetrics metrics) {
        return metrics.perLabel().stream().map(l -> new Label(l.label(), l.accuracy(), l.f1(), l.positives())).toList();
    }
}
