package dev.modelspec.metrics.multilabel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import org.junit.jupiter.api.Test;

class MultiLabelMetricsTest {

    /** Four examples of two labels. */
    private static final float[] TARGETS = {1, 0, 1, 1, 0, 0, 0, 1};

    private static Predictions probabilities(float... values) {
        return Predictions.of(values, 2, OutputKind.PROBABILITIES);
    }

    @Test
    void countsEachLabelDecisionAtOneHalfAndEveryExampleThatGetsAllRight() {
        // decisions: [1,0] [1,0] [0,1] [0,1]: example 1 misses label 1, example 2 has a false positive
        MultiLabelMetrics metrics = MultiLabelMetrics.of(TARGETS, probabilities(0.9f, 0.1f, 0.8f, 0.5f, 0.2f, 0.7f,
                0.4f, 0.6f));

        assertThat(metrics.labelAccuracy()).isEqualTo(6 / 8.0);
        assertThat(metrics.subsetAccuracy()).isEqualTo(2 / 4.0);
        // label 0: tp 2, fp 0, fn 0 → F1 1; label 1: tp 1, fp 1, fn 1 → F1 0.5; summed: tp 3, fp 1, fn 1
        assertThat(metrics.perLabel()).extracting(MultiLabelMetrics.LabelMetrics::f1).containsExactly(1.0, 0.5);
        assertThat(metrics.perLabel()).extracting(MultiLabelMetrics.LabelMetrics::positives).containsExactly(2, 2);
        assertThat(metrics.perLabel().get(1).accuracy()).isEqualTo(0.5);
        assertThat(metrics.macroF1()).isEqualTo(0.75);
        assertThat(metrics.microF1()).isCloseTo(6 / 8.0, within(1e-12));
    }

    @Test
    void logitsAreDecidedAtZero() {
        Predictions logits = Predictions.of(new float[] {2, -1, 3, 0.5f, -2, -1, -1, 4}, 2, OutputKind.LOGITS);

        assertThat(MultiLabelMetrics.of(TARGETS, logits).subsetAccuracy()).isEqualTo(1.0);
    }

    @Test
    void aLabelNobodyHasAndNobodyPredictsScoresF1One() {
        MultiLabelMetrics metrics = MultiLabelMetrics.of(new float[] {1, 0, 0, 0}, probabilities(0.9f, 0.1f, 0.2f, 0.3f));

        assertThat(metrics.perLabel().get(1).f1()).isEqualTo(1.0);
        assertThat(metrics.microF1()).isEqualTo(1.0);
    }

    @Test
    void rejectsTargetsThatAreNotZeroOrOneOrDoNotFitTheOutputs() {
        assertThatThrownBy(() -> MultiLabelMetrics.of(new float[] {1, 2}, probabilities(0.5f, 0.5f)))
                .hasMessage("targets[1] (example 0, label 1) is 2.0, expected 0 or 1");
        assertThatThrownBy(() -> MultiLabelMetrics.of(new float[] {1}, probabilities(0.5f, 0.5f)))
                .hasMessage("targets has length 1, but 1 examples of 2 labels need 2");
    }

    @Test
    void theComparisonPairsBothModelsOnTheSameExamples() {
        float[] targets = new float[200 * 2];
        float[] base = new float[targets.length];
        float[] cand = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i % 3 == 0 ? 1 : 0;
            base[i] = targets[i] == 1 ? 0.9f : 0.1f;
            cand[i] = i % 10 == 0 ? 1 - base[i] : base[i]; // every tenth decision flipped
        }
        MultiLabelComparison comparison = MultiLabelComparison.of(targets, probabilities(base), probabilities(cand));

        assertThat(comparison.baseline().labelAccuracy()).isEqualTo(1.0);
        assertThat(comparison.labelAccuracyDrop()).isCloseTo(0.1, within(1e-12));
        assertThat(comparison.labelAccuracyInterval().lower()).isLessThan(0.1);
        assertThat(comparison.labelAccuracyInterval().upper()).isGreaterThan(0.1);
        assertThat(comparison.microF1Drop()).isPositive();
        assertThat(comparison.microF1Interval().lower()).isLessThanOrEqualTo(comparison.microF1Drop());
        assertThat(comparison.microF1Interval().upper()).isGreaterThanOrEqualTo(comparison.microF1Drop());
        assertThat(comparison.subsetAccuracyDrop()).isPositive();
    }
}
