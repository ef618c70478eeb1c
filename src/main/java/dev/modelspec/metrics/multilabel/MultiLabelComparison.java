package dev.modelspec.metrics.multilabel;

import dev.modelspec.metrics.Predictions;
import dev.modelspec.metrics.stats.ConfidenceInterval;
import dev.modelspec.metrics.stats.PercentileBootstrap;

/**
 * A paired comparison of two multi-label models on the same label vectors: both models' metrics, the
 * label accuracy and micro-F1 each lost, with 95% percentile-bootstrap intervals over examples
 * (every resample takes the same examples for both models).
 *
 * @param baseline the baseline's metrics
 * @param candidate the candidate's metrics
 * @param labelAccuracyInterval the paired 95% interval of {@link #labelAccuracyDrop()}
 * @param microF1Interval the paired 95% interval of {@link #microF1Drop()}
 */
public record MultiLabelComparison(MultiLabelMetrics baseline, MultiLabelMetrics candidate,
        ConfidenceInterval labelAccuracyInterval, ConfidenceInterval microF1Interval) {

    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    private static final long SEED = 20_261_203L;

    /**
     * Compares {@code candidate} with {@code baseline} on {@code targets}.
     *
     * @throws IllegalArgumentException as {@link MultiLabelMetrics#of}, or if the models give different
     *     numbers of labels
     */
    public static MultiLabelComparison of(float[] targets, Predictions baseline, Predictions candidate) {
        if (baseline.classes() != candidate.classes()) {
            throw new IllegalArgumentException("The baseline gives " + baseline.classes() + " labels per example and "
                    + "the candidate " + candidate.classes() + ": compare models with the same labels");
        }
        LabelDecisions base = LabelDecisions.of(targets, baseline);
        LabelDecisions cand = LabelDecisions.of(targets, candidate);
        int n = base.count;
        double[] accuracyDrops = new double[n];
        int[][] baseCounts = new int[n][];
        int[][] candCounts = new int[n][];
        for (int i = 0; i < n; i++) {
            accuracyDrops[i] = (double) (base.correct(i) - cand.correct(i)) / base.labels;
            baseCounts[i] = base.counts(i);
            candCounts[i] = cand.counts(i);
        }
        PercentileBootstrap bootstrap = new PercentileBootstrap(PercentileBootstrap.DEFAULT_RESAMPLES, SEED);
        ConfidenceInterval accuracy = bootstrap.interval(n, indexes -> {
            double sum = 0;
            for (int index : indexes) {
                sum += accuracyDrops[index];
            }
            return sum / indexes.length;
        }, LEVEL);
        ConfidenceInterval f1 = bootstrap.interval(n, indexes -> microF1(baseCounts, indexes)
                - microF1(candCounts, indexes), LEVEL);
        return new MultiLabelComparison(MultiLabelMetrics.of(base), MultiLabelMetrics.of(cand), accuracy, f1);
    }

    /** Baseline minus candidate label accuracy (1 − Hamming loss). */
    public double labelAccuracyDrop() {
        return baseline.labelAccuracy() - candidate.labelAccuracy();
    }

    /** Baseline minus candidate micro-F1. */
    public double microF1Drop() {
        return baseline.microF1() - candidate.microF1();
    }

    /** Baseline minus candidate subset accuracy (exact match). */
    public double subsetAccuracyDrop() {
        return baseline.subsetAccuracy() - candidate.subsetAccuracy();
    }

    private static double microF1(int[][] counts, int[] indexes) {
        long tp = 0, fp = 0, fn = 0;
        for (int index : indexes) {
            tp += counts[index][0];
            fp += counts[index][1];
            fn += counts[index][2];
        }
        return LabelDecisions.f1(tp, fp, fn);
    }
}
