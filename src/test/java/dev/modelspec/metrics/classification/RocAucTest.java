package dev.modelspec.metrics.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.modelspec.metrics.OutputKind;
import dev.modelspec.metrics.Predictions;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RocAucTest {

    private static int repetition;

    /** The AUC by definition: over every (positive, negative) pair, 1 if the positive scores higher, ½ on a tie. */
    private static double bruteForce(int[] labels, double[] scores) {
        double wins = 0;
        long pairs = 0;
        for (int p = 0; p < labels.length; p++) {
            for (int n = 0; n < labels.length; n++) {
                if (labels[p] == 1 && labels[n] == 0) {
                    pairs++;
                    wins += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }

    @RepeatedTest(20)
    void equalsTheCountOverEveryPositiveNegativePairTiesIncluded() {
        SplittableRandom random = new SplittableRandom(++repetition);
        int n = 2 + random.nextInt(300);
        int[] labels = new int[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i < 2 ? i : random.nextInt(2);
            scores[i] = random.nextInt(repetition % 2 == 0 ? 5 : 1_000_000) / 10.0; // few distinct values: ties
        }

        assertThat(RocAuc.of(labels, scores)).isCloseTo(bruteForce(labels, scores), within(1e-12));
    }

    @Test
    void isOneForAPerfectRankingHalfForConstantScoresAndUndefinedForOneClass() {
        assertThat(RocAuc.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.2, 0.3, 0.9})).isEqualTo(1.0);
        assertThat(RocAuc.of(new int[] {1, 1, 0, 0}, new double[] {0.1, 0.2, 0.3, 0.9})).isEqualTo(0.0);
        assertThat(RocAuc.of(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.5, 0.5})).isEqualTo(0.5);
        assertThat(RocAuc.of(new int[] {0, 0}, new double[] {0.1, 0.2})).isNaN();
    }

    @Test
    void rejectsLabelsOtherThanZeroAndOne() {
        assertThatThrownBy(() -> RocAuc.of(new int[] {0, 2}, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void binaryMetricsCountTruePositivesAmongPredictedAndActualPositives() {
        // probabilities of class 1: 0.9 0.8 0.3 0.6 0.2 → predicted 1 1 0 1 0; labels 1 0 1 1 0
        float[] p = {0.9f, 0.8f, 0.3f, 0.6f, 0.2f};
        float[] scores = new float[10];
        for (int i = 0; i < 5; i++) {
            scores[2 * i] = 1 - p[i];
            scores[2 * i + 1] = p[i];
        }
        BinaryMetrics metrics = BinaryMetrics.of(new int[] {1, 0, 1, 1, 0}, Predictions.of(scores, 2, OutputKind.PROBABILITIES));

        assertThat(metrics.accuracy()).isEqualTo(0.6);
        assertThat(metrics.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(metrics.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(metrics.f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(metrics.auc()).isCloseTo(4 / 6.0, within(1e-12));
    }
}
