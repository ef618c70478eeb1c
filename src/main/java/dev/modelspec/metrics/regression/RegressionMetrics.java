package dev.modelspec.metrics.regression;

import dev.modelspec.metrics.ArgumentChecks;
import dev.modelspec.metrics.Predictions;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality of a regression model against numeric targets, in double precision. With several
 * outputs each measure is the mean of the outputs' own (the max error the largest of any output), and
 * {@link #perOutput} gives them one by one.
 *
 * @param meanSquaredError the mean of {@code (prediction − target)²}
 * @param meanAbsoluteError the mean of {@code |prediction − target|}
 * @param maxError the largest {@code |prediction − target|}
 * @param rSquared {@code 1 − SSE / SST} around the targets' mean; {@code NaN} when every target is
 *     the same (the variance to explain is 0); with several outputs the mean of the outputs' R²
 */
public record RegressionMetrics(double meanSquaredError, double meanAbsoluteError, double maxError, double rSquared) {

    /**
     * The metrics of {@code predictions} against {@code targets}, one per output and example, example
     * by example, averaged across the outputs.
     *
     * @throws IllegalArgumentException if the targets do not hold one value per output and example, or
     *     a target is not finite
     */
    public static RegressionMetrics of(float[] targets, Predictions predictions) {
        List<RegressionMetrics> outputs = perOutput(targets, predictions);
        if (outputs.size() == 1) {
            return outputs.get(0);
        }
        double squared = 0, absolute = 0, max = 0, r2 = 0;
        for (RegressionMetrics output : outputs) {
            squared += output.meanSquaredError;
            absolute += output.meanAbsoluteError;
            max = Math.max(max, output.maxError);
            r2 += output.rSquared;
        }
        return new RegressionMetrics(squared / outputs.size(), absolute / outputs.size(), max, r2 / outputs.size());
    }

    /** The metrics of every output on its own, by output index. */
    public static List<RegressionMetrics> perOutput(float[] targets, Predictions predictions) {
        double[] errors = errors(targets, predictions);
        int width = predictions.classes();
        int count = predictions.count();
        List<RegressionMetrics> outputs = new ArrayList<>(width);
        for (int k = 0; k < width; k++) {
            double mean = 0;
            for (int i = 0; i < count; i++) {
                mean += targets[i * width + k];
            }
            mean /= count;
            double squared = 0, absolute = 0, max = 0, total = 0;
            for (int i = 0; i < count; i++) {
                double error = errors[i * width + k];
                double spread = targets[i * width + k] - mean;
                squared += error * error;
                absolute += Math.abs(error);
                max = Math.max(max, Math.abs(error));
                total += spread * spread;
            }
            outputs.add(new RegressionMetrics(squared / count, absolute / count, max,
                    total == 0 ? Double.NaN : 1 - squared / total));
        }
        return List.copyOf(outputs);
    }

    /** Prediction minus target of every output of every example, example by example. */
    static double[] errors(float[] targets, Predictions predictions) {
        ArgumentChecks.requireNonNull(targets, "targets");
        ArgumentChecks.requireNonNull(predictions, "predictions");
        int width = predictions.classes();
        if (targets.length != (long) predictions.count() * width) {
            throw new IllegalArgumentException("targets has length " + targets.length + ", expected "
                    + (long) predictions.count() * width + ": one per output (" + width + ") of every example ("
                    + predictions.count() + ")");
        }
        double[] errors = new double[targets.length];
        for (int i = 0; i < targets.length; i++) {
            if (!Float.isFinite(targets[i])) {
                throw new IllegalArgumentException("targets[" + i + "] is " + targets[i] + ", expected a finite number");
            }
            errors[i] = (double) predictions.score(i / width, i % width) - targets[i];
        }
        return errors;
    }
}
