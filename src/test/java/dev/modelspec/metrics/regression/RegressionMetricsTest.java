package dev.modelspec.metrics.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

    private static Predictions outputs(float... values) {
        return Predictions.of(values, 1, OutputKind.LOGITS);
    }

    @Test
    void measuresSquaredAbsoluteAndLargestErrorsAndTheVarianceExplained() {
        // errors +1, -1, 0, +2; targets 1..4 have mean 2.5 and SST 5
        RegressionMetrics metrics = RegressionMetrics.of(new float[] {1, 2, 3, 4}, outputs(2, 1, 3, 6));

        assertThat(metrics.meanSquaredError()).isEqualTo(1.5);
        assertThat(metrics.meanAbsoluteError()).isEqualTo(1.0);
        assertThat(metrics.maxError()).isEqualTo(2.0);
        assertThat(metrics.rSquared()).isCloseTo(1 - 6 / 5.0, within(1e-12));
    }

    @Test
    void rSquaredIsUndefinedWhenEveryTargetIsTheSame() {
        assertThat(RegressionMetrics.of(new float[] {3, 3}, outputs(3, 4)).rSquared()).isNaN();
    }

    @Test
    void rejectsTargetsThatDoNotHoldOnePerOutput() {
        assertThatThrownBy(() -> RegressionMetrics.of(new float[] {1}, Predictions.of(new float[] {1, 2}, 2)))
                .hasMessage("targets has length 1, expected 2: one per output (2) of every example (1)");
    }

    @Test
    void theMseIncreaseIsTheMeanPairedDifferenceWithAnIntervalAroundIt() {
        float[] targets = new float[400];
        float[] base = new float[400];
        float[] cand = new float[400];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i % 7;
            base[i] = targets[i] + (i % 2 == 0 ? 0.5f : -0.5f);
            cand[i] = targets[i] + (i % 5 == 0 ? 1.5f : 0.5f);
        }

        RegressionComparison comparison = RegressionComparison.of(targets, outputs(base), outputs(cand));

        double increase = comparison.candidate().meanSquaredError() - comparison.baseline().meanSquaredError();
        assertThat(comparison.mseIncrease()).isCloseTo(increase, within(1e-12)).isCloseTo(0.4, within(1e-9));
        assertThat(comparison.relativeMseIncrease()).isCloseTo(0.4 / 0.25, within(1e-9));
        assertThat(comparison.interval().lower()).isLessThan(0.4).isGreaterThan(0.2);
        assertThat(comparison.interval().upper()).isGreaterThan(0.4).isLessThan(0.6);
        assertThat(comparison.interval().level()).isEqualTo(0.95);
    }

    @Test
    void aCandidateIdenticalToTheBaselineHasNoIncrease() {
        RegressionComparison same = RegressionComparison.of(new float[] {0, 1}, outputs(0, 1), outputs(0, 1));

        assertThat(same.mseIncrease()).isZero();
        assertThat(same.relativeMseIncrease()).isZero();
    }

    @Test
    void averagesSeveralOutputsAndKeepsEachOne() {
        // output 0: errors +1, -1 (MSE 1, targets 0, 2: SST 2, R² 0); output 1: errors 0, +2 (MSE 2, SST 50)
        float[] targets = {0, 10, 2, 15};
        Predictions predictions = Predictions.of(new float[] {1, 10, 1, 17}, 2, OutputKind.LOGITS);

        RegressionMetrics averaged = RegressionMetrics.of(targets, predictions);
        java.util.List<RegressionMetrics> outputs = RegressionMetrics.perOutput(targets, predictions);

        assertThat(outputs).extracting(RegressionMetrics::meanSquaredError).containsExactly(1.0, 2.0);
        assertThat(outputs.get(1).rSquared()).isCloseTo(1 - 4 / 12.5, within(1e-12));
        assertThat(averaged.meanSquaredError()).isEqualTo(1.5);
        assertThat(averaged.meanAbsoluteError()).isEqualTo(1.0);
        assertThat(averaged.maxError()).isEqualTo(2.0);
        assertThat(averaged.rSquared()).isCloseTo((0 + 1 - 4 / 12.5) / 2, within(1e-12));
    }

    @Test
    void theMseIncreaseOfSeveralOutputsIsTheirMean() {
        float[] targets = new float[100 * 2];
        float[] base = new float[targets.length];
        float[] cand = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = i;
            base[i] = i + 0.5f;
            cand[i] = i % 2 == 1 ? i + 1.5f : i + 0.5f; // output 1 off by 1.5 instead of 0.5: MSE 2.25 - 0.25
        }
        RegressionComparison comparison = RegressionComparison.of(targets, Predictions.of(base, 2, OutputKind.LOGITS),
                Predictions.of(cand, 2, OutputKind.LOGITS));

        assertThat(comparison.mseIncrease()).isCloseTo(1.0, within(1e-9));
        assertThat(comparison.outputs()).extracting(RegressionComparison.Output::mseIncrease)
                .containsExactly(0.0, 2.0);
        assertThat(comparison.interval().lower()).isCloseTo(1.0, within(1e-9));
    }
}
