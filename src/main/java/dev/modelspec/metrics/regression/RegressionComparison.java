package dev.modelspec.metrics.regression;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.stats.ConfidenceInterval;
import dev.modelspec.metrics.stats.PercentileBootstrap;

/**
 * A paired comparison of two regression models on the same targets: both models' metrics and the
 * mean over examples of {@code candidate error² − baseline error²} (which equals the MSE increase)
 * with its 95% percentile-bootstrap interval over examples.
 *
 * @param baseline the baseline's metrics
 * @param candidate the candidate's metrics
 * @param mseIncrease candidate MSE minus baseline MSE
 * @param interval the paired 95% interval of {@code mseIncrease}
 */
public record RegressionComparison(RegressionMetrics baseline, RegressionMetrics candidate, double mseIncrease,
        ConfidenceInterval interval) {

    /** The confidence level of {@link #interval()}. */
    public static final double LEVEL = 0.95;

    private static final long SEED = 20_261_203L;

    /**
     * Compares {@code candidate} with {@code baseline} on {@code targets}.
     *
     * @throws IllegalArgumentException as {@link RegressionMetrics#of}
     */
    public static RegressionComparison of(float[] targets, Predictions baseline, Predictions candidate) {
        double[] base = RegressionMetrics.errors(targets, baseline);
        double[] cand = RegressionMetrics.errors(targets, candidate);
        double[] differences = new double[targets.length];
        double sum = 0;
        for (int i = 0; i < differences.length; i++) {
            differences[i] = cand[i] * cand[i] - base[i] * base[i];
            sum += differences[i];
        }
        ConfidenceInterval interval = new PercentileBootstrap(PercentileBootstrap.DEFAULT_RESAMPLES, SEED)
                .interval(differences.length, indexes -> meanAt(differences, indexes), LEVEL);
        return new RegressionComparison(RegressionMetrics.of(targets, baseline), RegressionMetrics.of(targets, candidate),
                sum / differences.length, interval);
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
