package dev.modelspec.metrics.multilabel;

import dev.modelspec.metrics.Predictions;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality of a multi-label model (one independent yes/no decision per label: probability above
 * 0.5, or logit above 0) against 0/1 label vectors. F1 is 1 where a label has no positives and none
 * is predicted.
 *
 * @param labelAccuracy the fraction of (example, label) decisions that are right: 1 − Hamming loss
 * @param subsetAccuracy the fraction of examples with every label right (exact match)
 * @param microF1 the F1 of true and false positives and false negatives summed over all labels
 * @param macroF1 the mean over labels of each label's F1
 * @param perLabel every label's own accuracy and F1, by label index
 */
public record MultiLabelMetrics(double labelAccuracy, double subsetAccuracy, double microF1, double macroF1,
        List<LabelMetrics> perLabel) {

    /**
     * One label's decisions.
     *
     * @param label the label's index
     * @param accuracy the fraction of examples where the label is decided right
     * @param f1 the label's F1
     * @param positives the number of examples that have the label
     */
    public record LabelMetrics(int label, double accuracy, double f1, int positives) {}

    /** Copies the labels. */
    public MultiLabelMetrics {
        perLabel = List.copyOf(perLabel);
    }

    /**
     * The metrics of {@code predictions}, one score per label, against {@code targets}, one 0/1 value
     * per label and example, example by example.
     *
     * @throws IllegalArgumentException if the targets do not hold one value per label and example, or a
     *     target is neither 0 nor 1
     */
    public static MultiLabelMetrics of(float[] targets, Predictions predictions) {
        return of(LabelDecisions.of(targets, predictions));
    }

    static MultiLabelMetrics of(LabelDecisions decisions) {
        int labels = decisions.labels;
        long[] tp = new long[labels], fp = new long[labels], fn = new long[labels], right = new long[labels];
        int exact = 0;
        for (int i = 0; i < decisions.count; i++) {
            boolean allRight = true;
            for (int k = 0; k < labels; k++) {
                boolean predicted = decisions.predicted[i * labels + k];
                boolean actual = decisions.actual[i * labels + k];
                tp[k] += predicted && actual ? 1 : 0;
                fp[k] += predicted && !actual ? 1 : 0;
                fn[k] += !predicted && actual ? 1 : 0;
                right[k] += predicted == actual ? 1 : 0;
                allRight &= predicted == actual;
            }
            exact += allRight ? 1 : 0;
        }
        List<LabelMetrics> perLabel = new ArrayList<>(labels);
        long allTp = 0, allFp = 0, allFn = 0, allRight = 0;
        double f1Sum = 0;
        for (int k = 0; k < labels; k++) {
            double f1 = LabelDecisions.f1(tp[k], fp[k], fn[k]);
            perLabel.add(new LabelMetrics(k, (double) right[k] / decisions.count, f1, Math.toIntExact(tp[k] + fn[k])));
            f1Sum += f1;
            allTp += tp[k];
            allFp += fp[k];
            allFn += fn[k];
            allRight += right[k];
        }
        return new MultiLabelMetrics((double) allRight / ((long) decisions.count * labels),
                (double) exact / decisions.count, LabelDecisions.f1(allTp, allFp, allFn), f1Sum / labels, perLabel);
    }
}
