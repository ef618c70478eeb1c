package dev.modelspec.report;

import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.regression.RegressionMetrics;
import java.util.List;

/**
 * A regression's measures, and for a candidate its paired comparison with the baseline.
 *
 * @param mse the mean squared error
 * @param mae the mean absolute error
 * @param maxError the largest absolute error
 * @param r2 the coefficient of determination; null when every target is the same
 * @param mseIncrease candidate minus baseline MSE; null for the baseline
 * @param mseIncreaseCi95 the paired 95% bootstrap interval of the increase [lower, upper]; null for the baseline
 * @param relativeMseIncrease the increase over the baseline's MSE; null for the baseline or when infinite
 */
public record RegressionReport(double mse, double mae, double maxError, Double r2, Double mseIncrease,
        List<Double> mseIncreaseCi95, Double relativeMseIncrease) {

    /** The report of a baseline's {@code metrics}. */
    public static RegressionReport of(RegressionMetrics metrics) {
        return new RegressionReport(metrics.meanSquaredError(), metrics.meanAbsoluteError(), metrics.maxError(),
                Numbers.finite(metrics.rSquared()), null, null, null);
    }

    /** The report of a candidate compared with its baseline. */
    public static RegressionReport of(RegressionComparison comparison) {
        RegressionMetrics candidate = comparison.candidate();
        return new RegressionReport(candidate.meanSquaredError(), candidate.meanAbsoluteError(), candidate.maxError(),
                Numbers.finite(candidate.rSquared()), comparison.mseIncrease(),
                List.of(comparison.interval().lower(), comparison.interval().upper()),
                Numbers.finite(comparison.relativeMseIncrease()));
    }
}
