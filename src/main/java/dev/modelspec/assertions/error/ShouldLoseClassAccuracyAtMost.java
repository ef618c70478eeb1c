package dev.modelspec.assertions.error;

import static dev.modelspec.assertions.error.Numbers.arrow;
import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;

import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code Expecting candidate "magnitude80" to lose at most 0.050 accuracy on every class, but class
 * 6 (Shirt) dropped 0.1230 (0.6500 → 0.5270 on 1000 examples)}, or the same for one class.
 */
public final class ShouldLoseClassAccuracyAtMost extends BasicErrorMessageFactory {

    private ShouldLoseClassAccuracyAtMost(String format, String recipe, double maxDrop, ClassAccuracyDrop worst,
            String cls) {
        super(format, recipe, unquotedString(limit(maxDrop)), unquotedString(cls),
                unquotedString(measured(worst.drop())),
                unquotedString(arrow(worst.baselineAccuracy(), worst.candidateAccuracy())),
                unquotedString(String.valueOf(worst.support())));
    }

    /**
     * The message for a candidate that lost too much accuracy on some class.
     *
     * @param recipe the candidate's recipe name
     * @param maxDrop the allowed drop of every class's accuracy
     * @param worst the class whose accuracy dropped most
     * @param cls that class as reports show it, e.g. {@code 6 (Shirt)} when the data names its classes
     */
    public static ErrorMessageFactory shouldLoseAtMostOnEveryClass(String recipe, double maxDrop,
            ClassAccuracyDrop worst, String cls) {
        return new ShouldLoseClassAccuracyAtMost(
                "Expecting candidate %s to lose at most %s accuracy on every class, but class %s dropped %s (%s on %s "
                        + "examples)", recipe, maxDrop, worst, cls);
    }

    /**
     * The message for a candidate that lost too much accuracy on one class.
     *
     * @param recipe the candidate's recipe name
     * @param maxDrop the allowed drop of this class's accuracy
     * @param drop the class's accuracies
     */
    public static ErrorMessageFactory shouldLoseAtMostOnClass(String recipe, double maxDrop, ClassAccuracyDrop drop) {
        return new ShouldLoseClassAccuracyAtMost(
                "Expecting candidate %s to lose at most %s accuracy on class %s, but it dropped %s (%s on %s examples)",
                recipe, maxDrop, drop, String.valueOf(drop.cls()));
    }
}
