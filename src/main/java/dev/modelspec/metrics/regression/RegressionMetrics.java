package dev.modelspec.metrics.regression;

import dev.modelspec.metrics.ArgumentChecks;
import dev.modelspec.metrics.Predictions;

/**
 * The quality of a one-output regression model against numeric targets, in double precision.
 *
 * @param meanSquaredError the mean of {@code (prediction − target)²}
 * @param meanAbsoluteError the mean of {@code |prediction − target|}
 * @param maxError the largest {@code |prediction − target|}
 * @param rSquared {@code 1 − SSE / SST} around the targets' mean; {@code NaN} when every target is
 *     the same (the variance to explain is 0)
 */
public record RegressionMetrics(double meanSquaredError, double meanAbsoluteError, double maxError, double rSquared) {

    /**
     * The metrics of {@code predictions} (one output per example) against {@code targets}.
     *
     * @throws IllegalArgumentException if the predictions have more than one output, the counts
     *     differ, or a target is not finite
     */
    public static RegressionMetrics of(float[] targets, Predictions predictions) {
        double[] errors = errors(targets, predictions);
        double mean = 0;
        for (float target : targets) {
            mean += target;
        }
        mean /= targets.length;
        double squared = 0, absolute = 0, max = 0, total = 0;
        for (int i = 0; i < errors.length; i++) {
            squared += errors[i] * errors[i];
            absolute += Math.abs(errors[i]);
            max = Math.max(max, Math.abs(errors[i]));
            total += (targets[i] - mean) * (targets[i] - mean);
        }
        return new RegressionMetrics(squared / errors.length, absolute / errors.length, max,
                total == 0 ? Double.NaN : 1 - squared / total);
    }

    /** Prediction minus target of every example. */
    static double[] errors(float[] targets, Predictions predictions) {
        ArgumentChecks.requireNonNull(targets, "targets");
        ArgumentChecks.requireNonNull(predictions, "predictions");
        if (predictions.classes() != 1) {
            throw new IllegalArgumentException("predictions have " + predictions.classes()
                    + " outputs per example, expected 1 for regression metrics");
        }
        ArgumentChecks.requireSameLength(targets.length, predictions.count(), "targets", "predictions");
        double[] errors = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (!Float.isFinite(targets[i])) {
                throw new IllegalArgumentException("targets[" + i + "] is " + targets[i] + ", expected a finite number");
            }
            errors[i] = (double) predictions.score(i, 0) - targets[i];
        }
        return errors;
    }
}
