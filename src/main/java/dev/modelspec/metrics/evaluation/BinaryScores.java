package dev.modelspec.metrics.evaluation;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import java.util.Optional;

/**
 * Turns one score per example into two class scores, so every classification measure applies to a
 * binary model unchanged: a probability {@code p} becomes {@code [1 − p, p]} (class 1 wins when
 * {@code p > 0.5}), a logit {@code z} becomes the logits {@code [0, z]}, whose softmax is {@code
 * [1 − σ(z), σ(z)]} (class 1 wins when {@code z > 0}).
 */
final class BinaryScores {

    private BinaryScores() {}

    /**
     * The two-class form of {@code single}; its kind is the declared one, else probabilities when
     * every score lies in {@code [0, 1]} and logits otherwise.
     */
    static Predictions twoClasses(Predictions single, Optional<OutputKind> declared) {
        int count = single.count();
        OutputKind kind = declared.orElseGet(() -> detect(single));
        float[] scores = new float[count * 2];
        for (int i = 0; i < count; i++) {
            float score = single.score(i, 0);
            scores[2 * i] = kind == OutputKind.PROBABILITIES ? 1 - score : 0;
            scores[2 * i + 1] = score;
        }
        return Predictions.of(scores, 2, kind);
    }

    /**
     * Probabilities when every score of {@code independent} (independent per output, as sigmoids are)
     * lies in {@code [0, 1]}, logits otherwise.
     */
    static OutputKind detect(Predictions independent) {
        for (int i = 0; i < independent.count(); i++) {
            for (int c = 0; c < independent.classes(); c++) {
                float score = independent.score(i, c);
                if (!(score >= 0 && score <= 1)) {
                    return OutputKind.LOGITS;
                }
            }
        }
        return OutputKind.PROBABILITIES;
    }
}
