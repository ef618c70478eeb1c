package dev.modelspec.assertions.error;

import static dev.modelspec.assertions.error.Numbers.arrow;
import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code Expecting candidate "int8" to lose at most 0.010 ROC AUC, but it lost 0.0213 (0.9512 →
 * 0.9299)}; or, when the labels hold one class only, that the AUC is undefined.
 */
public final class ShouldHaveAucDropAtMost extends BasicErrorMessageFactory {

    private ShouldHaveAucDropAtMost(String recipe, double maxDrop, double baseline, double candidate) {
        super("Expecting candidate %s to lose at most %s ROC AUC, but it lost %s (%s)", recipe,
                unquotedString(limit(maxDrop)), unquotedString(measured(baseline - candidate)),
                unquotedString(arrow(baseline, candidate)));
    }

    private ShouldHaveAucDropAtMost(String recipe, double maxDrop) {
        super("Expecting candidate %s to lose at most %s ROC AUC, but the AUC is undefined: the evaluation data "
                + "holds only one class; evaluate on data with both positive and negative examples", recipe,
                unquotedString(limit(maxDrop)));
    }

    /**
     * The message for a candidate whose AUC dropped more than {@code maxDrop}, or could not be
     * measured ({@code NaN} AUC).
     *
     * @param recipe the candidate's recipe name
     * @param maxDrop the allowed drop
     * @param baseline the baseline's AUC
     * @param candidate the candidate's AUC
     */
    public static ErrorMessageFactory shouldHaveAucDropAtMost(String recipe, double maxDrop, double baseline,
            double candidate) {
        return Double.isNaN(baseline - candidate)
                ? new ShouldHaveAucDropAtMost(recipe, maxDrop)
                : new ShouldHaveAucDropAtMost(recipe, maxDrop, baseline, candidate);
    }
}
