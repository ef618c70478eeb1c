package dev.modelspec.metrics.evaluation;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.TaskKind;
import dev.modelspec.metrics.classification.Accuracy;
import dev.modelspec.metrics.classification.BinaryMetrics;
import dev.modelspec.metrics.classification.ConfusionMatrix;
import dev.modelspec.metrics.multilabel.MultiLabelMetrics;
import dev.modelspec.metrics.regression.RegressionMetrics;
import java.util.List;
import java.util.Optional;

/**
 * The outputs of one model on one data set.
 *
 * @param dataName the data set's name
 * @param labels the true labels, in example order; all 0 for a regression or a multi-label model
 * @param predictions the model's outputs for those examples; two class scores for a binary model
 * @param elapsedNanos how long the evaluation took
 * @param task what the model predicts
 * @param targets the numeric targets of a regression or the 0/1 labels of a multi-label model, one per
 *     output and example, example by example; empty otherwise
 */
public record Evaluation(String dataName, int[] labels, Predictions predictions, long elapsedNanos, TaskKind task,
        float[] targets) {

    /** A multi-class evaluation. */
    public Evaluation(String dataName, int[] labels, Predictions predictions, long elapsedNanos) {
        this(dataName, labels, predictions, elapsedNanos, TaskKind.MULTICLASS, new float[0]);
    }

    /** The number of examples evaluated. */
    public int exampleCount() {
        return labels.length;
    }

    /**
     * The fraction of examples whose top-1 prediction is the label; {@code NaN} for a regression or a
     * multi-label model, which have no one class per example.
     */
    public double accuracy() {
        return task.classifies() ? Accuracy.top1(labels, predictions) : Double.NaN;
    }

    /** The fraction of examples whose label is among the {@code k} highest scores; {@code NaN} unless it {@link TaskKind#classifies classifies}. */
    public double topKAccuracy(int k) {
        return task.classifies() ? Accuracy.topK(labels, predictions, k) : Double.NaN;
    }

    /** The confusion matrix of the top-1 predictions against the labels. */
    public ConfusionMatrix confusionMatrix() {
        return ConfusionMatrix.of(labels, predictions);
    }

    /** Accuracy, precision, recall, F1 and AUC of a {@link TaskKind#BINARY binary} model; empty otherwise. */
    public Optional<BinaryMetrics> binaryMetrics() {
        return task == TaskKind.BINARY
                ? Optional.of(BinaryMetrics.of(labels, predictions))
                : Optional.empty();
    }

    /** MSE, MAE, max error and R², averaged across the outputs, for a regression; empty otherwise. */
    public Optional<RegressionMetrics> regressionMetrics() {
        return task == TaskKind.REGRESSION ? Optional.of(RegressionMetrics.of(targets, predictions)) : Optional.empty();
    }

    /** The MSE, MAE, max error and R² of each output of a regression, by output index; empty otherwise. */
    public List<RegressionMetrics> regressionOutputs() {
        return task == TaskKind.REGRESSION ? RegressionMetrics.perOutput(targets, predictions) : List.of();
    }

    /** Label accuracy, subset accuracy, micro- and macro-F1, for a {@link TaskKind#MULTILABEL multi-label} model; empty otherwise. */
    public Optional<MultiLabelMetrics> multiLabelMetrics() {
        return task == TaskKind.MULTILABEL ? Optional.of(MultiLabelMetrics.of(targets, predictions)) : Optional.empty();
    }

    /** The number of examples whose top-1 prediction is the label. */
    public int correctCount() {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predictions.top1(i) == labels[i]) {
                correct++;
            }
        }
        return correct;
    }
}
