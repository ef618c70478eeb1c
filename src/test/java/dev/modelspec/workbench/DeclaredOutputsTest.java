package dev.modelspec.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A declared output kind that the baseline's scores contradict is a warning with the evidence. */
class DeclaredOutputsTest {

    private static final Path MODEL = Path.of("/models/cnn");
    private static final Predictions LOGITS = Predictions.of(new float[] {2.5f, -1.0f, 0.5f, 0.1f, 0.2f, 0.7f}, 3);
    private static final Predictions PROBABILITIES = Predictions.of(new float[] {0.2f, 0.3f, 0.5f, 0.1f, 0.2f, 0.7f}, 3);

    @Test
    void probabilitiesDeclaredOnLogitsNameTheFirstRowThatIsNoDistribution() {
        assertThat(DeclaredOutputs.contradiction(Optional.of(OutputKind.PROBABILITIES), LOGITS, MODEL)).contains(
                "the SavedModel at /models/cnn is declared outputs = PROBABILITIES, but its scores are no probabilities "
                        + "(example 0's scores sum to 2.0000, the smallest is -1.0000), so the KL divergence and other "
                        + "probability-based numbers are wrong: declare outputs = LOGITS, or leave outputs to detection");
    }

    @Test
    void logitsDeclaredOnProbabilitiesSayThatEveryRowIsADistribution() {
        assertThat(DeclaredOutputs.contradiction(Optional.of(OutputKind.LOGITS), PROBABILITIES, MODEL)).hasValueSatisfying(
                warning -> assertThat(warning).contains("declared outputs = LOGITS, but every one of its 2 score rows "
                        + "is non-negative and sums to 1"));
    }

    @Test
    void fittingOrUndeclaredKindsSayNothing() {
        assertThat(DeclaredOutputs.contradiction(Optional.of(OutputKind.LOGITS), LOGITS, MODEL)).isEmpty();
        assertThat(DeclaredOutputs.contradiction(Optional.of(OutputKind.PROBABILITIES), PROBABILITIES, MODEL)).isEmpty();
        assertThat(DeclaredOutputs.contradiction(Optional.empty(), LOGITS, MODEL)).isEmpty();
    }
}
