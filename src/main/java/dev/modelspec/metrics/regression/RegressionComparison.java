package dev.modelspec.metrics.regression;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.stats.ConfidenceInterval;
import dev.modelspec.metrics.stats.PercentileBootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A paired comparison of two regression models on the same targets: both models' metrics and the
 * mean over examples of {@code candidate error² − baseline error²} (which equals the MSE increase)
 * with its 95% percentile-bootstrap interval over examples. With several outputs every measure is
 * averaged across them (an example's difference is the mean over its outputs), and {@link #outputs()}
 * has both models' metrics of each.
 *
 * @param baseline the baseline's metrics
 * @param candidate the candidate's metrics
 * @param mseIncrease candidate MSE minus baseline MSE
 * @param interval the paired 95% interval of {@code mseIncrease}
 * @param outputs both models' metrics of every output, by output index
 */
public record RegressionComparison(RegressionMetrics baseline, RegressionMetrics candidate, double mseIncrease,
        ConfidenceInterval interval, List<Output> outputs) {

    /**
     * Both models' metrics of one output.
     *
     * @param baseline the baseline's metrics of the output
     * @param candidate the candidate's metrics of the output
     */
    public record Output(RegressionMetrics baseline, RegressionMetrics candidate) {

        /** Candidate MSE minus baseline MSE on this output. */
        public double mseIncrease() {
            return candidate.meanSquaredError() - baseline.meanSquaredError();
        }
    }

    /** Copies the outputs. */
    public RegressionComparison {
        outputs = List.copyOf(outputs);
    }

    /** The confidence level of {@link #interval()}. */
    public static final double LEVEL = 0.95;

    private static final long SEED = 20_261_203L;

    /**
     * Compares {@code candidate} with {@code baseline} on {@code targets}.
     *
     * @throws IllegalArgumentException as {@link RegressionMetrics#of}
     */
    public static RegressionComparison of(float[] targets, Predictions baseline, Predictions candidate) {
        if (baseline.classes() != candidate.classes()) {
            throw new IllegalArgumentException("The baseline gives " + baseline.classes() + " outputs per example and "
                    + "the candidate " + candidate.classes() + ": compare models with the same outputs");
        }
        double[] base = RegressionMetrics.errors(targets, baseline);
        double[] cand = RegressionMetrics.errors(targets, candidate);
        int width = baseline.classes();
        double[] differences = new double[baseline.count()];
        double sum = 0;
        for (int i = 0; i < differences.length; i++) {
            double difference = 0;
            for (int k = i * width; k < (i + 1) * width; k++) {
                difference += cand[k] * cand[k] - base[k] * base[k];
            }
            differences[i] = difference / width;
            sum += differences[i];
        }
        ConfidenceInterval interval = new PercentileBootstrap(PercentileBootstrap.DEFAULT_RESAMPLES, SEED)
                .interval(differences.length, indexes -> meanAt(differences, indexes), LEVEL);
        List<RegressionMetrics> baseOutputs = RegressionMetrics.perOutput(targets, baseline);
        List<RegressionMetrics> candOutputs = RegressionMetrics.perOutput(targets, candidate);
        List<Output> outputs = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            outputs.add(new Output(baseOutputs.get(k), candOutputs.get(k)));
        }
        return new RegressionComparison(RegressionMetrics.of(targets, baseline), RegressionMetrics.of(targets, candidate),
                sum / differences.length, interval, outputs);
    }

    /**
     * The MSE increase as a fraction of the baseline's MSE; 0 when neither has any error, infinite
     * when only the candidate has.
     */
    public double relativeMseIncrease() {
        double base = baseline.meanSquaredError();
        if (base == 0) {
            return mseIncrease <= 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return mseIncrease / base;
    }

    private static double meanAt(double[] values, int[] indexes) {
        double sum = 0;
        for (int index : indexes) {
            sum += values[index];
        }
        return sum / indexes.length;
    }
}
