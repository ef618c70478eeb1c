package dev.modelspec.assertions;

import static dev.modelspec.assertions.error.Numbers.interval;
import static dev.modelspec.assertions.error.Numbers.limit;
import static dev.modelspec.assertions.error.Numbers.measured;
import static dev.modelspec.assertions.error.Numbers.pValue;

import dev.modelspec.api.Baseline;
import dev.modelspec.api.Candidate;
import dev.modelspec.assertions.error.Numbers;
import dev.modelspec.assertions.error.Range;
import dev.modelspec.assertions.error.ShouldAgreeAtLeast;
import dev.modelspec.assertions.error.ShouldHaveKlDivergenceAtMost;
import dev.modelspec.assertions.error.ShouldHaveLatencyRatioAtMost;
import dev.modelspec.assertions.error.ShouldHaveSizeRatioAtMost;
import dev.modelspec.assertions.error.ShouldHaveSparsityAtLeast;
import dev.modelspec.assertions.error.ShouldLoseClassAccuracyAtMost;
import dev.modelspec.assertions.error.ShouldNotBeSignificantlyWorse;
import dev.modelspec.assertions.error.ShouldStayWithinAccuracy;
import dev.modelspec.assertions.error.ShouldStayWithinRelativeAccuracy;
import dev.modelspec.metrics.comparison.ClassAccuracyDrop;
import dev.modelspec.metrics.comparison.McNemarTest;
import dev.modelspec.metrics.latency.InterleavedRatio;
import dev.modelspec.metrics.latency.LatencyComparison;
import dev.modelspec.metrics.size.SizeKind;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Every limit a candidate can be held to, defined once: which values the limit may take, how the
 * candidate is measured and compared (with {@value Numbers#SLACK} slack), how the measurement reads
 * and how a failure is worded. {@link CandidateAssert} and the engine's {@code @Tolerance} tests both
 * judge through here, so they always agree.
 */
public enum CandidateCheck {

    /** Accuracy lost, absolute: {@code baseline − candidate ≤ limit}. */
    ACCURACY_DROP("accuracy drop ≤ ", Range.FRACTION, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            double drop = base.accuracy() - candidate.accuracy();
            return judgement(Numbers.atMost(drop, max), max, drop, measured(drop), " " + change(base, candidate),
                    ShouldStayWithinAccuracy.shouldStayWithinAccuracy(candidate.recipeName(), max, base.accuracy(),
                            candidate.accuracy(), candidate.accuracyDelta()));
        }
    },
    /** Accuracy lost as a fraction of the baseline's. */
    RELATIVE_ACCURACY_DROP("relative accuracy drop ≤ ", Range.FRACTION, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            double drop = Numbers.relativeDrop(base.accuracy(), candidate.accuracy());
            return judgement(Numbers.atMost(drop, max), max, drop, measured(drop), " " + change(base, candidate),
                    ShouldStayWithinRelativeAccuracy.shouldStayWithinRelativeAccuracy(
                            candidate.recipeName(), max, drop, base.accuracy(), candidate.accuracy()));
        }
    },
    /** The largest accuracy (recall) any one class lost. */
    CLASS_ACCURACY_DROP("class accuracy drop ≤ ", Range.FRACTION, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            ClassAccuracyDrop worst = candidate.largestClassDrop();
            String change = Numbers.change(worst.baselineAccuracy(), worst.candidateAccuracy());
            return judgement(Numbers.atMost(worst.drop(), max), max, worst.drop(), measured(worst.drop()),
                    " on class " + worst.cls() + " " + change,
                    ShouldLoseClassAccuracyAtMost.shouldLoseAtMostOnEveryClass(candidate.recipeName(), max, worst));
        }
    },
    /** McNemar's exact test at level α; significantly better passes. */
    NOT_SIGNIFICANTLY_WORSE("not significantly worse at α = ", Range.SIGNIFICANCE_LEVEL, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double alpha) {
            McNemarTest test = candidate.mcNemar();
            String p = pValue(test.pValue());
            return new Judgement(!Numbers.significantlyWorse(test, alpha), test.pValue(), p, displayName(alpha)
                    + ": measured p = " + p + " (" + test.regressions() + " regressions, " + test.improvements()
                    + " improvements)", ShouldNotBeSignificantlyWorse.shouldNotBeSignificantlyWorse(
                            candidate.recipeName(), alpha, test, base.accuracy(), candidate.accuracy()));
        }
    },
    /** The fraction of prunable weights that are zero. */
    SPARSITY("sparsity ≥ ", Range.FRACTION, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double min) {
            double sparsity = candidate.sparsity();
            return judgement(Numbers.atLeast(sparsity, min), min, sparsity, measured(sparsity), "",
                    ShouldHaveSparsityAtLeast.shouldHaveSparsityAtLeast(candidate.recipeName(), min, sparsity));
        }
    },
    /** The fraction of examples on which the candidate predicts the baseline's class. */
    AGREEMENT("agreement ≥ ", Range.FRACTION, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double min) {
            double agreement = candidate.agreement();
            return judgement(Numbers.atLeast(agreement, min), min, agreement, measured(agreement), "",
                    ShouldAgreeAtLeast.shouldAgreeAtLeast(candidate.recipeName(), min, agreement));
        }
    },
    /** The mean KL divergence from the baseline's class probabilities, in nats. */
    KL_DIVERGENCE("KL divergence ≤ ", Range.NON_NEGATIVE, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            double divergence = candidate.klDivergence();
            return judgement(Numbers.atMost(divergence, max), max, divergence, measured(divergence), " nats",
                    ShouldHaveKlDivergenceAtMost.shouldHaveKlDivergenceAtMost(candidate.recipeName(), max, divergence));
        }
    },
    /** Time per batch of {@link LatencyComparison#batchSize()} over the baseline's. */
    LATENCY_RATIO("latency ratio ≤ ", Range.RATIO, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            LatencyComparison latency = candidate.latency();
            return latencyRatio(candidate, max, latency.batchSize(), latency.ratioBatchN());
        }
    },
    /** Time per single example over the baseline's: the serving case. */
    BATCH_ONE_LATENCY_RATIO("batch-one latency ratio ≤ ", Range.RATIO, false) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            return latencyRatio(candidate, max, 1, candidate.latency().ratioBatchOne());
        }
    },
    /** {@link SizeKind#WEIGHTS_GZIP} bytes over the baseline's. */
    WEIGHTS_GZIP_RATIO("weights gzip ratio ≤ ", Range.RATIO, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.WEIGHTS_GZIP, base, candidate, max);
        }
    },
    /** {@link SizeKind#PACKED} bytes over the baseline's. */
    PACKED_SIZE_RATIO("packed size ratio ≤ ", Range.RATIO, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.PACKED, base, candidate, max);
        }
    },
    /** {@link SizeKind#SAVED_MODEL} bytes over the baseline's. */
    SAVED_MODEL_RATIO("SavedModel size ratio ≤ ", Range.RATIO, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.SAVED_MODEL, base, candidate, max);
        }
    },
    /** {@link SizeKind#SAVED_MODEL_GZIP} bytes over the baseline's. */
    SAVED_MODEL_GZIP_RATIO("SavedModel gzip ratio ≤ ", Range.RATIO, true) {
        @Override
        public Judgement judge(Baseline base, Candidate candidate, double max) {
            return sizeRatio(SizeKind.SAVED_MODEL_GZIP, base, candidate, max);
        }
    };

    private final String relation;
    private final Range range;
    private final boolean readsBaseline;

    CandidateCheck(String relation, Range range, boolean readsBaseline) {
        this.relation = relation;
        this.range = range;
        this.readsBaseline = readsBaseline;
    }

    /** The values the limit may take. */
    public Range range() {
        return range;
    }

    /**
     * Whether {@link #judge} reads the {@link Baseline}; the others compare with the baseline's
     * predictions, which the candidate carries.
     */
    public boolean readsBaseline() {
        return readsBaseline;
    }

    /** The check as a sentence, e.g. {@code accuracy drop ≤ 0.020}. */
    public String displayName(double limit) {
        return relation + limit(limit);
    }

    /**
     * Measures {@code candidate} against {@code limit}.
     *
     * @param base the baseline; may be {@code null} when {@link #readsBaseline()} is false
     * @param limit a limit within {@link #range()}
     */
    public abstract Judgement judge(Baseline base, Candidate candidate, double limit);

    /** The ratio check of {@code kind}. */
    public static CandidateCheck sizeRatio(SizeKind kind) {
        return switch (kind) {
            case WEIGHTS_GZIP -> WEIGHTS_GZIP_RATIO;
            case PACKED -> PACKED_SIZE_RATIO;
            case SAVED_MODEL -> SAVED_MODEL_RATIO;
            case SAVED_MODEL_GZIP -> SAVED_MODEL_GZIP_RATIO;
        };
    }

    /** A judgement whose summary reads {@code <display name>: measured <measured><detail>}. */
    Judgement judgement(boolean passed, double limit, double value, String measured, String detail,
            ErrorMessageFactory failure) {
        return new Judgement(passed, value, measured, displayName(limit) + ": measured " + measured + detail, failure);
    }

    private static String change(Baseline base, Candidate candidate) {
        return Numbers.change(base.accuracy(), candidate.accuracy());
    }

    Judgement latencyRatio(Candidate candidate, double max, int batchSize, InterleavedRatio ratio) {
        return judgement(Numbers.atMost(ratio.ratio(), max), max, ratio.ratio(), measured(ratio.ratio()),
                " at batch " + batchSize + " (" + interval(ratio.interval()) + ")",
                ShouldHaveLatencyRatioAtMost.shouldHaveLatencyRatioAtMost(
                        candidate.recipeName(), max, batchSize, ratio));
    }

    Judgement sizeRatio(SizeKind kind, Baseline base, Candidate candidate, double max) {
        long baselineBytes = base.size().bytes(kind);
        long candidateBytes = candidate.size().bytes(kind);
        double ratio = (double) candidateBytes / baselineBytes;
        return judgement(Numbers.atMost(ratio, max), max, ratio, measured(ratio),
                " (" + baselineBytes + " → " + candidateBytes + " " + kind.description() + ")",
                ShouldHaveSizeRatioAtMost.shouldHaveSizeRatioAtMost(
                        candidate.recipeName(), kind, max, baselineBytes, candidateBytes));
    }
}
