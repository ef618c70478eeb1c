package dev.modelspec.report;

import dev.modelspec.metrics.regression.RegressionComparison;
import dev.modelspec.metrics.regression.RegressionMetrics;
import java.util.List;

/**
 * A regression's measures, and for a candidate its paired comparison with the baseline. With several
 * outputs the measures are averaged across them (the max error is the largest), and {@code outputs}
 * has each output's own.
 *
 * @param mse the mean squared error
 * @param mae the mean absolute error
 * @param maxError the largest absolute error
 * @param r2 the coefficient of determination; null when every target is the same
 * @param mseIncrease candidate minus baseline MSE; null for the baseline
 * @param mseIncreaseCi95 the paired 95% bootstrap interval of the increase [lower, upper]; null for the baseline
 * @param relativeMseIncrease the increase over the baseline's MSE; null for the baseline or when infinite
 * @param outputs every output's own measures, by output index
 */
public record RegressionReport(double mse, double mae, double maxError, Double r2, Double mseIncrease,
        List<Double> mseIncreaseCi95, Double relativeMseIncrease, List<Output> outputs) {

    /**
     * One output's measures.
     *
     * @param output the output's index
     * @param mse its mean squared error
     * @param mae its mean absolute error
     * @param maxError its largest absolute error
     * @param r2 its coefficient of determination; null when its targets are all the same
     * @param mseIncrease candidate minus baseline MSE of this output; null for the baseline
     */
    public record Output(int output, double mse, double mae, double maxError, Double r2, Double mseIncrease) {

        static Output of(int index, RegressionMetrics metrics, Double mseIncrease) {
            return new Output(index, metrics.meanSquaredError(), metrics.meanAbsoluteError(), metrics.maxError(),
                    Numbers.finite(metrics.rSquared()), mseIncrease);
        }
    }

    /** The report of a baseline's {@code metrics}, and those of each of its {@code outputs}. */
    public static RegressionReport of(RegressionMetrics metrics, List<RegressionMetrics> outputs) {
        List<Output> perOutput = new java.util.ArrayList<>();
        for (int k = 0; k < outputs.size(); k++) {
            perOutput.add(Output.of(k, outputs.get(k), null));
        }
        return new RegressionReport(metrics.meanSquaredError(), metrics.meanAbsoluteError(), metrics.maxError(),
                Numbers.finite(metrics.rSquared()), null, null, null, List.copyOf(perOutput));
    }

    /** The report of a candidate compared with its baseline. */
    public static RegressionReport of(RegressionComparison comparison) {
        RegressionMetrics candidate = comparison.candidate();
        return new RegressionReport(candidate.meanSquaredError(), candidate.meanAbsoluteError(), candidate.maxError(),
                Numbers.finite(candidate.rSquared()), comparison.mseIncrease(),
                List.of(comparison.interval().lower(), comparison.interval().upper()),
                Numbers.finite(comparison.relativeMseIncrease()), outputs(comparison));
    }

    private static List<Output> outputs(RegressionComparison comparison) {
        List<Output> outputs = new java.util.ArrayList<>();
        for (int k = 0; k < comparison.outputs().size(); k++) {
            RegressionComparison.Output output = comparison.outputs().get(k);
            outputs.add(Output.of(k, output.candidate(), output.mseIncrease()));
        }
        return List.copyOf(outputs);
    }
}
