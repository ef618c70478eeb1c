package dev.modelspec.metrics.classification;

import dev.modelspec.metrics.ArgumentChecks;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The exact area under the ROC curve of binary scores: the probability that a random positive
 * example scores higher than a random negative one, ties counting one half. Computed in
 * {@code O(n log n)} from the rank sum of the positives (Mann–Whitney U), with tied scores given
 * their average rank.
 */
public final class RocAuc {

    private RocAuc() {}

    /**
     * The AUC of {@code scores} (higher means more likely positive) against {@code labels} (0 or 1);
     * {@code NaN} when every label is the same, as the AUC is then undefined.
     *
     * @throws IllegalArgumentException if an argument is null, the lengths differ, the labels are
     *     empty or not 0/1, or a score is NaN
     */
    public static double of(int[] labels, double[] scores) {
        ArgumentChecks.requireNonNull(labels, "labels");
        ArgumentChecks.requireNonNull(scores, "scores");
        ArgumentChecks.requireSameLength(scores.length, labels.length, "scores", "labels");
        ArgumentChecks.requireLabels(labels, labels.length, 2);
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] is NaN, expected a number");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        long positives = Arrays.stream(labels).filter(label -> label == 1).count();
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double positiveRankSum = 0;
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                positiveRankSum += labels[order[k]] == 1 ? averageRank : 0;
            }
            start = end + 1;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / ((double) positives * negatives);
    }
}
