package dev.modelspec.metrics.classification;

import dev.modelspec.metrics.ArgumentChecks;
import dev.modelspec.metrics.Predictions;

/**
 * The quality of a binary classifier against labels 0 and 1, class 1 being the positive class.
 * Precision, recall and F1 are 0 when undefined (no predicted or no actual positives); the AUC is
 * {@code NaN} when the labels hold only one class.
 *
 * @param accuracy the fraction of examples predicted right
 * @param precision true positives over predicted positives
 * @param recall true positives over actual positives
 * @param f1 the harmonic mean of precision and recall
 * @param auc the exact area under the ROC curve of the positive-class probability, see {@link RocAuc}
 */
public record BinaryMetrics(double accuracy, double precision, double recall, double f1, double auc) {

    /**
     * The metrics of two-class {@code predictions} (class 1 positive; a prediction is positive when
     * class 1 is its top-1 class) against {@code labels}.
     *
     * @throws IllegalArgumentException if the predictions do not have exactly two classes or the
     *     labels do not fit them
     */
    public static BinaryMetrics of(int[] labels, Predictions predictions) {
        ArgumentChecks.requireNonNull(predictions, "predictions");
        if (predictions.classes() != 2) {
            throw new IllegalArgumentException("predictions have " + predictions.classes()
                    + " classes, expected 2 for binary metrics");
        }
        ArgumentChecks.requireLabels(labels, predictions.count(), 2);
        long truePositives = 0;
        long predictedPositives = 0;
        long actualPositives = 0;
        long correct = 0;
        double[] positiveProbability = new double[labels.length];
        double[] row = new double[2];
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = predictions.top1(i) == 1;
            boolean actual = labels[i] == 1;
            truePositives += predicted && actual ? 1 : 0;
            predictedPositives += predicted ? 1 : 0;
            actualPositives += actual ? 1 : 0;
            correct += predicted == actual ? 1 : 0;
            predictions.probabilitiesInto(i, row);
            positiveProbability[i] = row[1];
        }
        double precision = predictedPositives == 0 ? 0 : (double) truePositives / predictedPositives;
        double recall = actualPositives == 0 ? 0 : (double) truePositives / actualPositives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics((double) correct / labels.length, precision, recall, f1,
                RocAuc.of(labels, positiveProbability));
    }
}
