package dev.modelspec.workbench;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the output kind a spec declares fits the scores its baseline produced: probabilities
 * declared on logits make every probability-based metric (KL divergence, top-k on softmax) wrong,
 * and logits declared on probabilities flatten them through a second softmax.
 */
final class DeclaredOutputs {

    private DeclaredOutputs() {}

    /** The warning, with the evidence, when {@code declared} contradicts {@code scores}; empty otherwise. */
    static Optional<String> contradiction(Optional<OutputKind> declared, Predictions scores, Path model) {
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> evidence = firstNonProbabilityRow(scores);
        if (declared.get() == OutputKind.PROBABILITIES && evidence.isPresent()) {
            return Optional.of(("the SavedModel at %s is declared outputs = PROBABILITIES, but its scores are no "
                    + "probabilities (%s), so the KL divergence and other probability-based numbers are wrong: declare "
                    + "outputs = LOGITS, or leave outputs to detection").formatted(model, evidence.get()));
        }
        if (declared.get() == OutputKind.LOGITS && evidence.isEmpty()) {
            return Optional.of(("the SavedModel at %s is declared outputs = LOGITS, but every one of its %d score rows "
                    + "is non-negative and sums to 1, like probabilities, which a softmax would flatten: declare "
                    + "outputs = PROBABILITIES, or leave outputs to detection").formatted(model, scores.count()));
        }
        return Optional.empty();
    }

    private static Optional<String> firstNonProbabilityRow(Predictions scores) {
        for (int example = 0; example < scores.count(); example++) {
            double sum = 0;
            double smallest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < scores.classes(); c++) {
                sum += scores.score(example, c);
                smallest = Math.min(smallest, scores.score(example, c));
            }
            if (smallest < 0 || Math.abs(sum - 1) > OutputKind.SUM_TOLERANCE) {
                return Optional.of(String.format(Locale.ROOT, "example %d's scores sum to %.4f, the smallest is %.4f",
                        example, sum, smallest));
            }
        }
        return Optional.empty();
    }
}
