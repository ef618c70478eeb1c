package dev.modelspec.assertions;

import static dev.modelspec.assertions.error.ShouldHaveAccuracyAtLeast.candidateShouldHaveAccuracyAtLeast;
import static dev.modelspec.assertions.error.ShouldHaveClass.shouldHaveClass;
import static dev.modelspec.assertions.error.ShouldHaveClass.shouldHaveExamplesOf;
import static dev.modelspec.assertions.error.ShouldHaveLatencyPercentileAtMost.shouldHaveLatencyPercentileAtMost;
import static dev.modelspec.assertions.error.ShouldHaveWeight.shouldHaveWeight;
import static dev.modelspec.assertions.error.ShouldHaveWeightSparsity.shouldHaveEverySparsityAtLeast;
import static dev.modelspec.assertions.error.ShouldLoseClassAccuracyAtMost.shouldLoseAtMostOnClass;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.assertions.error.Numbers;
import dev.modelspec.assertions.error.Range;
import dev.modelspec.assertions.error.ShouldHaveWeightSparsity;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.latency.PairedSamples;
import dev.modelspec.metrics.size.SizeKind;
import dev.modelspec.metrics.stats.Percentiles;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Candidate}, every one worded like the engine's tolerance check of the same
 * metric (docs/assertions.md lists each with its failure message). Limits outside their {@link
 * Range} (negative, {@code NaN}, infinite, a fraction above 1) are mistakes in the test and throw
 * {@link IllegalArgumentException}; a {@code null} baseline, kind or name throws {@link
 * NullPointerException}. Measurements may pass a limit by {@value Numbers#SLACK} (rounding).
 *
 * <p>Works in soft assertions, including {@link #weight(String)} and {@link #classAccuracy(int)}
 * chains: see {@link ModelSoftAssertions}.
 */
public class CandidateAssert extends AbstractAssert<CandidateAssert, Candidate> {

    /** The level {@link #isNotSignificantlyWorseThan(Baseline)} tests at. */
    public static final double DEFAULT_SIGNIFICANCE_LEVEL = 0.05;

    /** Assertions on {@code actual}; prefer {@link ModelAssertions#assertThat(Candidate)}. */
    public CandidateAssert(Candidate actual) {
        super(actual, CandidateAssert.class);
    }

    /** Verifies that the top-1 accuracy is at least {@code minAccuracy}. */
    public CandidateAssert hasAccuracyAtLeast(double minAccuracy) {
        return hasTopKAccuracyAtLeast(1, minAccuracy);
    }

    /** Verifies that the label is among the {@code k} highest scores on at least {@code minAccuracy} of examples. */
    public CandidateAssert hasTopKAccuracyAtLeast(int k, double minAccuracy) {
        Arguments.requireTopK(k);
        Range.FRACTION.require("minAccuracy", minAccuracy);
        isNotNull();
        double accuracy = actual.topKAccuracy(k);
        if (!Numbers.atLeast(accuracy, minAccuracy)) {
            throwAssertionError(candidateShouldHaveAccuracyAtLeast(actual.recipeName(), k, minAccuracy, accuracy));
        }
        return myself;
    }

    /**
     * Verifies that the accuracy dropped at most {@code maxDrop} (absolute) below the baseline's. The
     * failure message adds the paired 95% interval of the drop.
     */
    public CandidateAssert withinAccuracyOf(Baseline baseline, double maxDrop) {
        return satisfies(CandidateCheck.ACCURACY_DROP, "maxDrop", maxDrop, baseline);
    }

    /** Verifies that the accuracy dropped at most {@code maxRelativeDrop} of the baseline's accuracy. */
    public CandidateAssert withinRelativeAccuracyOf(Baseline baseline, double maxRelativeDrop) {
        return satisfies(CandidateCheck.RELATIVE_ACCURACY_DROP, "maxRelativeDrop", maxRelativeDrop, baseline);
    }

    /** {@link #isNotSignificantlyWorseThan(Baseline, double)} at {@value #DEFAULT_SIGNIFICANCE_LEVEL}. */
    public CandidateAssert isNotSignificantlyWorseThan(Baseline baseline) {
        return isNotSignificantlyWorseThan(baseline, DEFAULT_SIGNIFICANCE_LEVEL);
    }

    /**
     * Verifies that McNemar's exact test does not show the candidate worse than the baseline at level
     * {@code alpha}: fails when it got more examples wrong that the baseline got right (regressions)
     * than the other way round (improvements) and {@code p < alpha}. Unlike an accuracy limit this
     * asks whether the loss is real or could be noise; with few examples nothing is significant.
     */
    public CandidateAssert isNotSignificantlyWorseThan(Baseline baseline, double alpha) {
        return satisfies(CandidateCheck.NOT_SIGNIFICANTLY_WORSE, "alpha", alpha, baseline);
    }

    /**
     * Verifies that no class lost more than {@code maxDrop} accuracy (recall); the failure names the
     * class that lost most. Classes without examples are ignored.
     */
    public CandidateAssert hasClassAccuracyDropAtMost(double maxDrop) {
        return satisfies(CandidateCheck.CLASS_ACCURACY_DROP, "maxDrop", maxDrop, null);
    }

    /**
     * Assertions on the accuracy of class {@code cls}.
     *
     * @throws IllegalArgumentException if {@code cls} is negative
     */
    public ClassAccuracyAssert classAccuracy(int cls) {
        return new ClassAccuracyAssert(this, Arguments.requireClassIndex(cls));
    }

    /** Verifies that the candidate predicts the baseline's class on at least {@code minAgreement} of examples. */
    public CandidateAssert agreesAtLeast(double minAgreement) {
        return satisfies(CandidateCheck.AGREEMENT, "minAgreement", minAgreement, null);
    }

    /**
     * Verifies that the mean KL divergence from the baseline's class probabilities to the candidate's
     * is at most {@code max} nats: catches lost confidence before it flips predictions.
     */
    public CandidateAssert hasKlDivergenceAtMost(double max) {
        return satisfies(CandidateCheck.KL_DIVERGENCE, "max", max, null);
    }

    /** Verifies that at least {@code minSparsity} of the prunable weights are zero (over all of them). */
    public CandidateAssert hasSparsityAtLeast(double minSparsity) {
        return satisfies(CandidateCheck.SPARSITY, "minSparsity", minSparsity, null);
    }

    /**
     * Verifies that every prunable weight has a sparsity of at least {@code minSparsity}; the failure
     * names the least sparse weight. Fails if there are no prunable weights.
     */
    public CandidateAssert hasEveryWeightSparsityAtLeast(double minSparsity) {
        Range.FRACTION.require("minSparsity", minSparsity);
        isNotNull();
        Map<String, Double> weights = actual.weightSparsity();
        if (weights.isEmpty()) {
            throwAssertionError(shouldHaveEverySparsityAtLeast(actual.recipeName(), minSparsity));
        }
        Map.Entry<String, Double> leastSparse = weights.entrySet().stream()
                .reduce((a, b) -> b.getValue() < a.getValue() ? b : a).orElseThrow();
        int below = (int) weights.values().stream().filter(s -> !Numbers.atLeast(s, minSparsity)).count();
        if (below > 0) {
            throwAssertionError(shouldHaveEverySparsityAtLeast(actual.recipeName(), minSparsity, leastSparse.getKey(),
                    leastSparse.getValue(), below, weights.size()));
        }
        return myself;
    }

    /** Assertions on the sparsity of the prunable weight (variable) named {@code name}, e.g. {@code dense/kernel}. */
    public WeightAssert weight(String name) {
        return new WeightAssert(this, Arguments.requireNonNull(name, "name"));
    }

    /**
     * Verifies that the candidate is at most {@code maxRatio} times the baseline's size in the given
     * measure, e.g. {@code 0.5} for half; ratios above 1 allow growth (a graph that gained ops).
     */
    public CandidateAssert hasSizeRatioAtMost(Baseline baseline, SizeKind kind, double maxRatio) {
        return satisfies(CandidateCheck.sizeRatio(Arguments.requireNonNull(kind, "kind")), "maxRatio", maxRatio,
                baseline);
    }

    /**
     * Verifies that the candidate takes at most {@code maxRatio} times the baseline's time per batch
     * of {@link LatencyComparison#batchSize()}, by the median of interleaved pairs (its bootstrap 95%
     * interval is in the message). Measures latency on first use, which takes seconds.
     */
    public CandidateAssert hasLatencyRatioAtMost(double maxRatio) {
        return satisfies(CandidateCheck.LATENCY_RATIO, "maxRatio", maxRatio, null);
    }

    /** {@link #hasLatencyRatioAtMost(double)} for single examples (batch size 1): the serving case. */
    public CandidateAssert hasBatchOneLatencyRatioAtMost(double maxRatio) {
        return satisfies(CandidateCheck.BATCH_ONE_LATENCY_RATIO, "maxRatio", maxRatio, null);
    }

    /**
     * Verifies that a binary model's ROC AUC dropped at most {@code maxDrop} below the baseline's.
     *
     * @throws IllegalStateException if the candidate is not a binary model
     */
    public CandidateAssert hasAucDropAtMost(double maxDrop) {
        return satisfies(CandidateCheck.AUC_DROP, "maxDrop", maxDrop, null);
    }

    /**
     * Verifies that a regression's mean squared error rose at most {@code maxIncrease} (in the
     * targets' unit squared) above the baseline's; the failure message adds the paired 95% interval.
     *
     * @throws IllegalStateException if the candidate is not a regression
     */
    public CandidateAssert hasMseIncreaseAtMost(double maxIncrease) {
        return satisfies(CandidateCheck.MSE_INCREASE, "maxIncrease", maxIncrease, null);
    }

    /**
     * Verifies that a regression's mean squared error rose at most {@code maxRelativeIncrease} of the
     * baseline's, e.g. {@code 0.1} for 10% more.
     *
     * @throws IllegalStateException if the candidate is not a regression
     */
    public CandidateAssert hasRelativeMseIncreaseAtMost(double maxRelativeIncrease) {
        return satisfies(CandidateCheck.RELATIVE_MSE_INCREASE, "maxRelativeIncrease", maxRelativeIncrease, null);
    }

    /**
     * Verifies that a multi-label model's label accuracy (1 − Hamming loss) dropped at most {@code
     * maxDrop} below the baseline's; the failure message adds the paired 95% interval.
     *
     * @throws IllegalStateException if the candidate is not a multi-label model
     */
    public CandidateAssert hasLabelAccuracyDropAtMost(double maxDrop) {
        return satisfies(CandidateCheck.LABEL_ACCURACY_DROP, "maxDrop", maxDrop, null);
    }

    /**
     * Verifies that a multi-label model's micro-F1 dropped at most {@code maxDrop} below the baseline's.
     *
     * @throws IllegalStateException if the candidate is not a multi-label model
     */
    public CandidateAssert hasMicroF1DropAtMost(double maxDrop) {
        return satisfies(CandidateCheck.MICRO_F1_DROP, "maxDrop", maxDrop, null);
    }

    /**
     * Fails with {@code check}'s words unless the candidate is within {@code limit}.
     *
     * @param argument the limit's parameter name for an {@link IllegalArgumentException}, e.g. {@code maxDrop}
     */
    private CandidateAssert satisfies(CandidateCheck check, String argument, double limit, Baseline baseline) {
        check.range().require(argument, limit);
        if (check.readsBaseline()) {
            Arguments.requireNonNull(baseline, "baseline");
        }
        isNotNull();
        Judgement judgement = check.judge(baseline, actual, limit);
        if (!judgement.passed()) {
            throwAssertionError(judgement.failure());
        }
        return myself;
    }

    /**
     * Verifies that the candidate's single-example latency at {@code percentile} (e.g. 99 for p99) is
     * at most {@code max}. Absolute times depend on the machine; prefer {@link
     * #hasBatchOneLatencyRatioAtMost(double)} on shared hardware.
     *
     * @throws IllegalArgumentException if {@code percentile} is not in [0, 100] or {@code max} is not positive
     */
    public CandidateAssert hasBatchOneLatencyPercentileAtMost(double percentile, Duration max) {
        Range.PERCENTILE.require("percentile", percentile);
        Arguments.requirePositive(max, "max");
        isNotNull();
        PairedSamples samples = actual.latency().batchOne();
        double candidate = percentileOf(samples.bNanos(), percentile);
        if (!Numbers.atMost(candidate, max.toNanos())) {
            throwAssertionError(shouldHaveLatencyPercentileAtMost(actual.recipeName(), percentile, max, candidate,
                    percentileOf(samples.aNanos(), percentile), samples.bNanos().length));
        }
        return myself;
    }

    private static double percentileOf(long[] nanos, double percentile) {
        return Percentiles.ofSorted(Arrays.stream(nanos).sorted().asDoubleStream().toArray(), percentile / 100);
    }

    /**
     * Also hides {@link WeightAssert} and {@link ClassAccuracyAssert} frames from failures, so that a
     * soft assertion error's location is the test's line, as for this class's own methods.
     */
    @Override
    protected boolean isElementOfCustomAssert(StackTraceElement element) {
        return super.isElementOfCustomAssert(element) || element.getClassName().equals(WeightAssert.class.getName())
                || element.getClassName().equals(ClassAccuracyAssert.class.getName());
    }

    /**
     * {@link WeightAssert#hasSparsityAtLeast(double)}: here so that soft assertion proxies, which
     * intercept this class's methods, collect its failure.
     */
    protected CandidateAssert weightHasSparsityAtLeast(String weight, double minSparsity) {
        Range.FRACTION.require("minSparsity", minSparsity);
        double sparsity = sparsityOf(weight);
        if (!Numbers.atLeast(sparsity, minSparsity)) {
            throwAssertionError(ShouldHaveWeightSparsity.shouldHaveSparsityAtLeast(
                    actual.recipeName(), weight, minSparsity, sparsity));
        }
        return myself;
    }

    /** {@link WeightAssert#hasSparsityAtMost(double)}, here for soft assertions. */
    protected CandidateAssert weightHasSparsityAtMost(String weight, double maxSparsity) {
        Range.FRACTION.require("maxSparsity", maxSparsity);
        double sparsity = sparsityOf(weight);
        if (!Numbers.atMost(sparsity, maxSparsity)) {
            throwAssertionError(ShouldHaveWeightSparsity.shouldHaveSparsityAtMost(
                    actual.recipeName(), weight, maxSparsity, sparsity));
        }
        return myself;
    }

    private double sparsityOf(String weight) {
        isNotNull();
        Map<String, Double> weights = actual.weightSparsity();
        if (!weights.containsKey(weight)) {
            throwAssertionError(shouldHaveWeight(actual.recipeName(), weight, weights.keySet()));
        }
        return weights.get(weight);
    }

    /** {@link ClassAccuracyAssert#droppedAtMost(double)}, here for soft assertions. */
    protected CandidateAssert classDroppedAtMost(int cls, double maxDrop) {
        Range.FRACTION.require("maxDrop", maxDrop);
        isNotNull();
        List<ClassAccuracyDrop> classes = actual.classAccuracies();
        if (cls >= classes.size()) {
            throwAssertionError(shouldHaveClass(actual.recipeName(), cls, classes.size()));
        }
        ClassAccuracyDrop drop = classes.get(cls);
        if (drop.support() == 0) {
            throwAssertionError(shouldHaveExamplesOf(actual.recipeName(), cls));
        }
        if (!Numbers.atMost(drop.drop(), maxDrop)) {
            throwAssertionError(shouldLoseAtMostOnClass(actual.recipeName(), maxDrop, drop));
        }
        return myself;
    }
}
