package dev.modelspec.assertions.error;

import static dev.modelspec.assertions.error.Numbers.interval;
import static dev.modelspec.assertions.error.Numbers.significant;

import dev.modelspec.metrics.regression.RegressionComparison;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code Expecting candidate "int8" to raise the mean squared error by at most 0.01000, but it rose
 * by 0.03125 (0.2500 → 0.2813, paired 95% CI 0.02710…0.03550)}, and the same for a limit relative
 * to the baseline's MSE. Mean squared errors have the targets' unit squared, so they are written
 * with four significant digits.
 */
public final class ShouldStayWithinMse extends BasicErrorMessageFactory {

    private ShouldStayWithinMse(String recipe, String limit, String rise, RegressionComparison regression) {
        super("Expecting candidate %s to raise the mean squared error by at most %s, but it rose by %s (%s → %s, paired %s)",
                recipe, unquotedString(limit), unquotedString(rise),
                unquotedString(significant(regression.baseline().meanSquaredError())),
                unquotedString(significant(regression.candidate().meanSquaredError())),
                unquotedString(interval(regression.interval(), Numbers::significant)));
    }

    /**
     * The message for a candidate whose MSE rose more than {@code maxIncrease}.
     *
     * @param recipe the candidate's recipe name
     * @param maxIncrease the allowed rise, in the targets' unit squared
     * @param regression the paired comparison with the baseline
     */
    public static ErrorMessageFactory shouldStayWithinMse(String recipe, double maxIncrease,
            RegressionComparison regression) {
        return new ShouldStayWithinMse(recipe, significant(maxIncrease), significant(regression.mseIncrease()),
                regression);
    }

    /**
     * The message for a candidate whose MSE rose more than {@code maxRelativeIncrease} of the baseline's.
     *
     * @param recipe the candidate's recipe name
     * @param maxRelativeIncrease the allowed rise as a fraction of the baseline's MSE
     * @param regression the paired comparison with the baseline
     */
    public static ErrorMessageFactory shouldStayWithinRelativeMse(String recipe, double maxRelativeIncrease,
            RegressionComparison regression) {
        return new ShouldStayWithinMse(recipe, Numbers.limit(maxRelativeIncrease) + " of the baseline's",
                Numbers.measured(regression.relativeMseIncrease()) + " of it", regression);
    }
}
