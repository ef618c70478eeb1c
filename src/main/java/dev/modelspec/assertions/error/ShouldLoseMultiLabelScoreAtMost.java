package dev.modelspec.assertions.error;

import static dev.modelspec.assertions.error.Numbers.arrow;
import static dev.modelspec.assertions.error.Numbers.interval;
import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;

import dev.modelspec.metrics.multilabel.MultiLabelComparison;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * {@code Expecting candidate "int8" to lose at most 0.010 label accuracy, but it lost 0.0213 (0.9512
 * → 0.9299, paired 95% CI 0.0150…0.0270)}, and the same for the micro-F1 of a multi-label model.
 */
public final class ShouldLoseMultiLabelScoreAtMost extends BasicErrorMessageFactory {

    private ShouldLoseMultiLabelScoreAtMost(String recipe, double maxDrop, String score, double baseline,
            double candidate, String interval) {
        super("Expecting candidate %s to lose at most %s %s, but it lost %s (%s, paired %s)", recipe,
                unquotedString(limit(maxDrop)), unquotedString(score), unquotedString(measured(baseline - candidate)),
                unquotedString(arrow(baseline, candidate)), unquotedString(interval));
    }

    /**
     * The message for a candidate whose label accuracy (1 − Hamming loss) dropped more than {@code maxDrop}.
     *
     * @param recipe the candidate's recipe name
     * @param maxDrop the allowed drop
     * @param comparison the paired comparison with the baseline
     */
    public static ErrorMessageFactory shouldLoseLabelAccuracyAtMost(String recipe, double maxDrop,
            MultiLabelComparison comparison) {
        return new ShouldLoseMultiLabelScoreAtMost(recipe, maxDrop, "label accuracy",
                comparison.baseline().labelAccuracy(), comparison.candidate().labelAccuracy(),
                interval(comparison.labelAccuracyInterval()));
    }

    /**
     * The message for a candidate whose micro-F1 dropped more than {@code maxDrop}.
     *
     * @param recipe the candidate's recipe name
     * @param maxDrop the allowed drop
     * @param comparison the paired comparison with the baseline
     */
    public static ErrorMessageFactory shouldLoseMicroF1AtMost(String recipe, double maxDrop,
            MultiLabelComparison comparison) {
        return new ShouldLoseMultiLabelScoreAtMost(recipe, maxDrop, "micro-F1", comparison.baseline().microF1(),
                comparison.candidate().microF1(), interval(comparison.microF1Interval()));
    }
}
