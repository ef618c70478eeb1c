package dev.modelspec.metrics.multilabel;

import dev.modelspec.metrics.ArgumentChecks;
import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;

/**
 * The yes/no decisions of a multi-label model against the true labels, example by example: a label
 * is predicted when its probability exceeds 0.5 ({@link OutputKind#PROBABILITIES}) or its logit
 * exceeds 0 ({@link OutputKind#LOGITS}); a true label is a target of 1.
 */
final class LabelDecisions {

    final int count;
    final int labels;
    final boolean[] predicted;
    final boolean[] actual;

    private LabelDecisions(int count, int labels, boolean[] predicted, boolean[] actual) {
        this.count = count;
        this.labels = labels;
        this.predicted = predicted;
        this.actual = actual;
    }

    static LabelDecisions of(float[] targets, Predictions predictions) {
        ArgumentChecks.requireNonNull(targets, "targets");
        ArgumentChecks.requireNonNull(predictions, "predictions");
        int labels = predictions.classes();
        int count = predictions.count();
        if (targets.length != (long) count * labels) {
            throw new IllegalArgumentException("targets has length " + targets.length + ", but " + count
                    + " examples of " + labels + " labels need " + (long) count * labels);
        }
        float threshold = predictions.kind() == OutputKind.PROBABILITIES ? 0.5f : 0f;
        boolean[] predicted = new boolean[targets.length];
        boolean[] actual = new boolean[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != 0 && targets[i] != 1) {
                throw new IllegalArgumentException("targets[" + i + "] (example " + i / labels + ", label " + i % labels
                        + ") is " + targets[i] + ", expected 0 or 1");
            }
            actual[i] = targets[i] == 1;
            predicted[i] = predictions.score(i / labels, i % labels) > threshold;
        }
        return new LabelDecisions(count, labels, predicted, actual);
    }

    /** The number of labels of {@code example} decided right. */
    int correct(int example) {
        int right = 0;
        for (int k = example * labels; k < (example + 1) * labels; k++) {
            right += predicted[k] == actual[k] ? 1 : 0;
        }
        return right;
    }

    /** True positives, false positives and false negatives of {@code example}, summed over its labels. */
    int[] counts(int example) {
        int[] counts = new int[3];
        for (int k = example * labels; k < (example + 1) * labels; k++) {
            counts[0] += predicted[k] && actual[k] ? 1 : 0;
            counts[1] += predicted[k] && !actual[k] ? 1 : 0;
            counts[2] += !predicted[k] && actual[k] ? 1 : 0;
        }
        return counts;
    }

    /** F1 from true positives, false positives and false negatives; 1 when there is nothing to find and nothing is found. */
    static double f1(long truePositives, long falsePositives, long falseNegatives) {
        long denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
    }
}
